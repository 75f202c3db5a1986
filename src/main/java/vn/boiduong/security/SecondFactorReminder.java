package vn.boiduong.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Pages show a reminder to officers whose role needs a second factor they have not enrolled (when not enforced). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class SecondFactorReminder {

    private final AccessPolicy access;
    private final SecondFactor secondFactor;

    SecondFactorReminder(AccessPolicy access, SecondFactor secondFactor) {
        this.access = access;
        this.secondFactor = secondFactor;
    }

    @ModelAttribute("mfaReminder")
    boolean mfaReminder(HttpServletRequest request) {
        if (secondFactor.enforced() || AuthResponses.api(request) || !access.isSignedIn()) {
            return false;
        }
        CurrentUser me = access.currentUser();
        return SecondFactor.required(me.role()) && !secondFactor.enrolled(me.id());
    }
}
