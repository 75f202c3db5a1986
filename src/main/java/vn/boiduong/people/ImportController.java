package vn.boiduong.people;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;

/** Upload → progress → preview → commit of a roster, in the browser. */
@Controller
class ImportController {

    private final PersonImport imports;
    private final AccessPolicy access;

    ImportController(PersonImport imports, AccessPolicy access) {
        this.imports = imports;
        this.access = access;
    }

    @GetMapping("/people/import")
    String form() {
        access.require(Permission.PEOPLE_WRITE);
        return "people/import";
    }

    @PostMapping("/people/import")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            long id = imports.start(file.getOriginalFilename(), file.getBytes());
            return "redirect:/people/import/" + id;
        } catch (Problems.InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return "people/import";
        }
    }

    @GetMapping("/people/import/{id}")
    String job(@PathVariable long id, @RequestHeader(value = "HX-Target", required = false) String target, Model model) {
        model.addAttribute("job", imports.get(id));
        return "job".equals(target) ? "people/import-job :: job" : "people/import-job";
    }

    @PostMapping("/people/import/{id}/commit")
    String commit(@PathVariable long id, RedirectAttributes redirect) {
        try {
            imports.commit(id);
        } catch (Problems.InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/people/import/" + id;
    }
}
