package dev.retort.engine;

import java.io.File;
import java.util.Properties;

/**
 * Keeps Derby from writing {@code derby.log} into the working directory. Derby reads its error-log
 * settings once, when its engine boots on the first connection in the JVM; before an engine opens a
 * Derby URL, when none of {@code derby.stream.error.file}, {@code .field} or {@code .method} is set,
 * {@code derby.stream.error.file} is set to {@code retort-derby.log} in {@code java.io.tmpdir}.
 * A setting of the application's own is never touched.
 */
final class DerbyErrorLog {
    static final String FILE = "derby.stream.error.file";
    static final String FIELD = "derby.stream.error.field";
    static final String METHOD = "derby.stream.error.method";

    private DerbyErrorLog() {}

    /** Sets the error file in {@code properties} unless one of the settings is there; returns whether it did. */
    static boolean redirect(Properties properties) {
        synchronized (properties) {
            if (properties.getProperty(FILE) != null || properties.getProperty(FIELD) != null
                    || properties.getProperty(METHOD) != null) {
                return false;
            }
            String file = new File(System.getProperty("java.io.tmpdir"), "retort-derby.log").getPath();
            properties.setProperty(FILE, file);
            EngineLog.LOG.debug("Derby's error log goes to {} (set {} to choose another place)", file, FILE);
            return true;
        }
    }
}
