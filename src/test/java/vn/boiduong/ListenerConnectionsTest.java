package vn.boiduong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * No request needs two pooled connections (issue 13, finding 2): a listener running after its transaction completed
 * still has that transaction's connection bound, so one that opens a transaction of its own takes a second one; ten
 * at once empty the pool. Work tied to a change runs before commit, on the same connection; heavier work is queued.
 */
class ListenerConnectionsTest {

    private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.boiduong");

    @Test
    void noListenerOpensATransactionAfterCommit() {
        noMethods().that(new DescribedPredicate<JavaMethod>("listen after their transaction completed") {
            @Override
            public boolean test(JavaMethod m) {
                return m.tryGetAnnotationOfType(TransactionalEventListener.class)
                        .map(a -> a.phase() != TransactionPhase.BEFORE_COMMIT).orElse(false);
            }
        }).should().beAnnotatedWith(Transactional.class).because("it would hold a second pooled connection (issue 13)")
                .check(classes);
    }
}
