package vn.boiduong.training;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.shared.Dates;
import vn.boiduong.shared.Problems;

/** Post-redirect-get for the training pages: an action's problems travel to the next page as flash attributes. */
final class TrainingForms {

    private TrainingForms() {
    }

    static String run(RedirectAttributes redirect, String target, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        } catch (Problems.ConcurrentChange e) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:" + target;
    }

    static ClassInput input(TrainingClass c) {
        return new ClassInput(c.code(), c.name(), c.programCode(), c.providerId() == null ? null : c.providerId().toString(),
                c.planLineId() == null ? null : c.planLineId().toString(), c.batch(), Dates.format(c.startsOn()),
                Dates.format(c.endsOn()), String.valueOf(c.sessions()), c.schedule(), c.placeKind(), c.place(), c.cluster(),
                c.delivery(), c.timeSlot(), String.valueOf(c.capacity()), c.lecturers(), String.valueOf(c.costPerClass()),
                String.valueOf(c.costPerTrainee()), c.fundingSource(), String.valueOf(c.supportWomen()),
                String.valueOf(c.supportEthnic()));
    }
}
