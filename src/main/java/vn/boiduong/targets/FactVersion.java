package vn.boiduong.targets;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the facts (phiên bản số liệu tổng hợp) this server has seen: every rebuild, commune refresh and change
 * of a target bumps it after commit, so a cached dashboard keyed by it is never served once the facts moved.
 */
@Component
class FactVersion {

    private final AtomicLong version = new AtomicLong();

    long current() {
        return version.get();
    }

    /** Bumps now and again after the current transaction commits (so no reader caches the old facts under the new version). */
    void bumpAfterCommit() {
        version.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    version.incrementAndGet();
                }
            });
        }
    }
}
