package vn.boiduong.shell;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.security.Permission;

/** What every page's layout needs: the user and which menu entries their role gets. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellModel {

    /** Menu entries shown to the signed-in user. */
    record Nav(boolean units, boolean people, boolean users, boolean audit, boolean ownFile, boolean api,
               boolean catalog, boolean plans, boolean classes, boolean myTraining, boolean evaluation,
               boolean targets, boolean reports, boolean budget, boolean tasks) {
        public boolean followUp() {
            return targets || reports || budget;
        }
    }

    private final AccessPolicy access;

    ShellModel(AccessPolicy access) {
        this.access = access;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return access.isSignedIn() ? access.currentUser() : null;
    }

    @ModelAttribute("nav")
    Nav nav() {
        if (!access.isSignedIn()) {
            return new Nav(false, false, false, false, false, false, false, false, false, false, false, false, false, false, false);
        }
        CurrentUser me = access.currentUser();
        return new Nav(me.role().has(Permission.ORG_READ), me.role().has(Permission.PEOPLE_READ),
                me.role().has(Permission.USER_ADMIN), me.role().has(Permission.AUDIT_READ), me.personId() != null,
                me.role().has(Permission.PEOPLE_READ), true,
                me.role().has(Permission.PLAN_WRITE) || me.role().has(Permission.PLAN_APPROVE),
                me.role().has(Permission.TRAINING_READ) || me.role().has(Permission.CLASSES_OWN),
                me.personId() != null, me.role().has(Permission.EVALUATION_READ) || me.personId() != null,
                me.role().has(Permission.TARGET_READ),
                me.role().has(Permission.REPORT_WRITE) || me.role().has(Permission.REPORT_REVIEW),
                me.role().has(Permission.BUDGET_READ), me.role().has(Permission.TASK_READ));
    }

    /** The menu entry of the requested page (its link id, e.g. "nav-people"), for the layout to mark as current. */
    @ModelAttribute("navCurrent")
    String navCurrent(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return NavSection.of(uri != null && context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri);
    }

    /** True when the page belongs to the "Theo dõi" drop-down (its parent is marked too). */
    @ModelAttribute("navFollowUpCurrent")
    boolean navFollowUpCurrent(HttpServletRequest request) {
        return NavSection.inFollowUp(navCurrent(request));
    }

    @ModelAttribute("lang")
    String lang(HttpServletRequest request) {
        return WebConfiguration.english(RequestContextUtils.getLocale(request)) ? "en" : "vi";
    }

    @ModelAttribute("htmx")
    boolean htmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
