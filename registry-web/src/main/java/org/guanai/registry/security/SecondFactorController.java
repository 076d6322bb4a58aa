package org.guanai.registry.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.guanai.registry.account.AccountException;
import org.guanai.registry.account.SecondFactorService;
import org.guanai.registry.account.Totp;
import org.guanai.registry.shared.RegistryProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second factor: the code page after the password, the enrolment of an authenticator (QR code, then ten recovery
 * codes shown once), and its status. Reached with the password alone; everything else needs the factor when
 * {@link SecondFactorPolicy} says so.
 */
@Controller
class SecondFactorController {

    static final String CODE_PAGE = "/login/second-factor";
    static final String SETUP_PAGE = "/account/second-factor/setup";
    /** The secret of an enrolment under way, kept in the session until the first code proves the app holds it. */
    private static final String PENDING_SECRET = "registry.pendingTotpSecret";

    private final SecondFactorService secondFactors;
    private final SecondFactorPolicy policy;
    private final CurrentSession currentSession;
    private final RegistryProperties properties;
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    SecondFactorController(SecondFactorService secondFactors, SecondFactorPolicy policy, CurrentSession currentSession,
            RegistryProperties properties) {
        this.secondFactors = secondFactors;
        this.policy = policy;
        this.currentSession = currentSession;
        this.properties = properties;
    }

    @GetMapping(CODE_PAGE)
    String codePage(@AuthenticationPrincipal AccountPrincipal user) {
        if (!policy.missing(authentication())) {
            return "redirect:/";
        }
        return secondFactors.enrolled(user.id()) ? "security/second-factor" : "redirect:" + SETUP_PAGE;
    }

    @PostMapping(CODE_PAGE)
    String code(@AuthenticationPrincipal AccountPrincipal user, @RequestParam(required = false) String code,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        switch (secondFactors.verify(user.id(), code, ClientAddress.of(request))) {
            case ACCEPTED -> {
                currentSession.passSecondFactor(false, request, response);
                return "redirect:" + afterLogin(request, response);
            }
            case LOCKED -> {
                request.getSession().invalidate();
                SecurityContextHolder.clearContext();
                return "redirect:/login?locked";
            }
            default -> {
                model.addAttribute("wrong", true);
                return "security/second-factor";
            }
        }
    }

    /**
     * Enrolment: a new secret as a QR code and as text. Someone enrolled already must pass the factor first (a new
     * phone is enrolled from a session that has passed it).
     */
    @GetMapping(SETUP_PAGE)
    String setup(@AuthenticationPrincipal AccountPrincipal user, HttpSession session, Model model) {
        if (secondFactors.enrolled(user.id()) && policy.missing(authentication())) {
            return "redirect:" + CODE_PAGE;
        }
        String secret = Totp.newSecret();
        session.setAttribute(PENDING_SECRET, secret);
        return setupPage(user, secret, model);
    }

    @PostMapping(SETUP_PAGE)
    String enrol(@AuthenticationPrincipal AccountPrincipal user, @RequestParam(required = false) String code,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpSession session = request.getSession();
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null || secondFactors.enrolled(user.id()) && policy.missing(authentication())) {
            return "redirect:" + SETUP_PAGE;
        }
        List<String> recoveryCodes;
        try {
            recoveryCodes = secondFactors.enrol(user.id(), secret, code);
        } catch (AccountException e) {
            model.addAttribute("wrong", true);
            return setupPage(user, secret, model);
        }
        session.removeAttribute(PENDING_SECRET);
        currentSession.passSecondFactor(true, request, response);
        model.addAttribute("recoveryCodes", recoveryCodes);
        model.addAttribute("next", afterLogin(request, response));
        return "security/recovery-codes";
    }

    @GetMapping("/account/second-factor")
    String status(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("enrolled", secondFactors.enrolled(user.id()));
        model.addAttribute("required", policy.requires(user));
        model.addAttribute("recoveryCodesLeft", secondFactors.recoveryCodesLeft(user.id()));
        return "security/second-factor-status";
    }

    private String setupPage(AccountPrincipal user, String secret, Model model) {
        String uri = Totp.uri(properties.countyName() + "关爱救助系统", user.getUsername(), secret);
        model.addAttribute("qrCode", QrCodes.svg(uri));
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
        return "security/second-factor-setup";
    }

    /** Where the login goes on: the page first asked for, else the home page. */
    private String afterLogin(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requests.getRequest(request, response);
        if (saved == null) {
            return "/";
        }
        requests.removeRequest(request, response);
        String url = saved.getRedirectUrl();
        String context = request.getContextPath();
        int path = url.indexOf('/', url.indexOf("//") + 2);
        return path < 0 ? "/" : url.substring(path + context.length());
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
