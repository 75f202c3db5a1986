package vn.boiduong.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.boiduong.security.AccessPolicy;
import vn.boiduong.security.CurrentUser;
import vn.boiduong.security.Permission;
import vn.boiduong.shared.Problems;
import vn.boiduong.shared.VietnameseText;

/**
 * Results of class feedback (kết quả lấy ý kiến học viên) per class and per provider. Evaluation readers see classes
 * organised in or above their unit (like the class list); a provider's account sees its own classes. Answers are
 * never shown with names.
 */
@Service
public class FeedbackQueries {

    private final FeedbackRepository repository;
    private final AccessPolicy access;
    private final Clock clock;

    FeedbackQueries(FeedbackRepository repository, AccessPolicy access, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.clock = clock;
    }

    /** Started classes the reader may see, ended last first; {@code year} filters by the year the class ended. */
    @Transactional(readOnly = true)
    public List<ClassFeedbackSummary> classes(Integer year) {
        return repository.classes(reader(), year, LocalDate.now(clock)).stream().map(FeedbackRepository.Row::summary).toList();
    }

    /** Per provider over the same classes (classes a unit organised without a provider are not counted here). */
    @Transactional(readOnly = true)
    public List<ProviderFeedbackSummary> providers(Integer year) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, FeedbackResult.Sums> sums = new LinkedHashMap<>();
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (FeedbackRepository.Row row : repository.classes(reader(), year, LocalDate.now(clock))) {
            Long id = row.summary().providerId();
            if (id != null) {
                names.put(id, row.summary().providerName());
                sums.merge(id, row.sums(), FeedbackResult.Sums::plus);
                counts.merge(id, 1, Integer::sum);
            }
        }
        return names.entrySet().stream()
                .map(e -> new ProviderFeedbackSummary(e.getKey(), e.getValue(), counts.get(e.getKey()),
                        FeedbackResult.of(sums.get(e.getKey()))))
                .sorted(VietnameseText.byText(ProviderFeedbackSummary::providerName)).toList();
    }

    /** One class with its unsigned comments. */
    @Transactional(readOnly = true)
    public ClassFeedbackDetail ofClass(long classId) {
        FeedbackRepository.Row row = visible(classId);
        return new ClassFeedbackDetail(row.summary(), repository.comments(classId));
    }

    /** Every answer of a class, unsigned (for the spreadsheet). */
    @Transactional(readOnly = true)
    List<FeedbackRepository.Answer> answers(long classId) {
        visible(classId);
        return repository.answers(classId);
    }

    private FeedbackRepository.Row visible(long classId) {
        FeedbackRepository.Row row = repository.clazz(classId).orElseThrow(() -> new Problems.NotFound("class", classId));
        CurrentUser me = access.currentUser();
        boolean reader = me.role().has(Permission.EVALUATION_READ)
                && (me.covers(row.organiserPath()) || me.scopePath().startsWith(row.organiserPath()));
        boolean provider = me.role().has(Permission.CLASSES_OWN) && me.providerId() != null
                && me.providerId().equals(row.summary().providerId());
        if (!reader && !provider) {
            throw new AccessDeniedException("error.forbidden");
        }
        return row;
    }

    private FeedbackRepository.Reader reader() {
        CurrentUser me = access.currentUser();
        boolean reader = me.role().has(Permission.EVALUATION_READ);
        boolean provider = me.role().has(Permission.CLASSES_OWN) && me.providerId() != null;
        if (!reader && !provider) {
            throw new AccessDeniedException("error.forbidden");
        }
        return new FeedbackRepository.Reader(reader ? me.scopePath() : null, provider ? me.providerId() : null);
    }
}
