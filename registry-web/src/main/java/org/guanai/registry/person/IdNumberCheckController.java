package org.guanai.registry.person;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * htmx, for the children's and the elders' forms alike: the birth date and sex an identity number gives as it is typed,
 * or what is wrong with it. Reads nothing stored; open to the roles that fill in the forms.
 */
@Controller
class IdNumberCheckController {

    @GetMapping("/people/id-check")
    String idCheck(@RequestParam(name = "idNumber", defaultValue = "") String idNumber, Model model) {
        model.addAttribute("check", IdNumberCheck.of(idNumber));
        return "person/fragments :: idCheck";
    }
}
