// Behaviour without inline script (the Content-Security-Policy forbids it).
(function () {
  // Buttons with data-confirm ask before submitting their form.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });
  // Buttons with data-print print the page (the rosters; the navigation is left off by the print styles).
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });
  // A form with data-busy is sent once: its button is disabled and says what is happening (the quarterly report's
  // generation takes seconds for a large town); a second click or Enter does nothing.
  document.addEventListener('submit', function (event) {
    var form = event.target.closest('form[data-busy]');
    if (!form) {
      return;
    }
    if (form.getAttribute('data-sent')) {
      event.preventDefault();
      return;
    }
    form.setAttribute('data-sent', 'true');
    form.querySelectorAll('button[type="submit"], button:not([type])').forEach(function (button) {
      button.disabled = true;
      button.textContent = form.getAttribute('data-busy');
    });
  });
  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // The participant picker (an activity's form): a found person's 添加 moves them into the chosen list, as a hidden
  // field of the form; 移除 takes them out. Someone already chosen is not added twice.
  document.addEventListener('click', function (event) {
    var add = event.target.closest('[data-add-participant]');
    if (add) {
      event.preventDefault();
      var chosen = document.getElementById('chosen-participants');
      var key = add.getAttribute('data-add-participant');
      if (chosen.querySelector('input[value="' + key + '"]')) {
        return;
      }
      var item = document.createElement('li');
      item.className = 'chosen-participant';
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = 'participants';
      input.value = key;
      var label = document.createElement('span');
      label.textContent = add.getAttribute('data-label') + ' ';
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'btn btn-sm btn-link p-0';
      remove.setAttribute('data-remove-participant', '');
      remove.textContent = chosen.getAttribute('data-remove-label');
      item.append(input, label, remove);
      chosen.append(item);
      document.getElementById('chosen-count').textContent = chosen.children.length;
      return;
    }
    var remove = event.target.closest('[data-remove-participant]');
    if (remove) {
      var list = document.getElementById('chosen-participants');
      remove.closest('li').remove();
      document.getElementById('chosen-count').textContent = list.children.length;
    }
  });

  // The delegate picker (a child's form, a delegation's proposal): a found elder's 选择 makes them the select's one
  // choice besides "none", and clears the search.
  document.addEventListener('click', function (event) {
    var choose = event.target.closest('[data-choose-elder]');
    if (!choose) {
      return;
    }
    event.preventDefault();
    var found = choose.closest('.elder-found');
    var search = found.previousElementSibling;
    var select = document.getElementById(search.getAttribute('data-picks'));
    while (select.options.length > 1) {
      select.remove(1);
    }
    select.add(new Option(choose.getAttribute('data-label'), choose.getAttribute('data-choose-elder'), true, true));
    search.value = '';
    found.replaceChildren();
  });

  // Enter in a picker's search box (data-search-only: the delegate's, an activity's participants) searches (htmx's
  // "search" event) and does not send the half-filled form the box sits in.
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.closest('[data-search-only]')) {
      event.preventDefault();
    }
  });

  // The login page while the demo data loads: look again every five seconds until it is there.
  if (document.getElementById('demo-loading')) {
    setTimeout(function () { window.location.replace('/login'); }, 5000);
  }
})();
