package org.guanai.registry.security;

import org.guanai.registry.demo.DemoLoading;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final DemoLoading demoLoading;

    LoginController(DemoLoading demoLoading) {
        this.demoLoading = demoLoading;
    }

    /** The login page; while the demo data loads it says so (and reloads itself) rather than refusing demo logins. */
    @GetMapping("/login")
    String login(Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("demoLoading", demoLoading.isLoading());
        return "login";
    }
}
