package vn.boiduong.documents;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's messages to the application's log (SLF4J) instead of its own console handler: its INFO
 * chatter (fonts loaded, timings) at DEBUG, warnings and errors as such.
 */
final class PdfLogging implements XRLogger {

    private static volatile boolean installed;

    private PdfLogging() {
    }

    static void install() {
        if (!installed) {
            synchronized (PdfLogging.class) {
                if (!installed) {
                    XRLog.setLoggerImpl(new PdfLogging());
                    installed = true;
                }
            }
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.error(msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            logger.warn(msg, th);
        } else {
            logger.debug(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are configured in the application's logging settings
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Level level = diagnostic.getLevel();
        Logger logger = LoggerFactory.getLogger("com.openhtmltopdf");
        return level.intValue() >= Level.WARNING.intValue() ? logger.isWarnEnabled() : logger.isDebugEnabled();
    }
}
