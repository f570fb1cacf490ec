package dev.retort.processor.diag;

import dev.retort.processor.model.Site;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the reports of a round as data (Dagger's habit): every stage adds to it, nothing prints
 * until the processor does, once. Remembers which declaring types have errors so no code is written
 * for them.
 */
public final class Diagnostics {
    private final List<Report> reports = new ArrayList<>();
    private final Set<String> typesInError = new LinkedHashSet<>();

    /** Reports an error at {@code site}. */
    public void error(Site site, Message message, Object... args) {
        reports.add(new Report(Report.Kind.ERROR, message, site, message.format(args)));
        typesInError.add(site.type());
    }

    /** Reports a warning at {@code site}. */
    public void warning(Site site, Message message, Object... args) {
        reports.add(new Report(Report.Kind.WARNING, message, site, message.format(args)));
    }

    /** Whether the declaring type {@code qualifiedName} has an error. */
    public boolean hasErrors(String qualifiedName) {
        return typesInError.contains(qualifiedName);
    }

    /** Whether anything has an error. */
    public boolean hasErrors() {
        return !typesInError.isEmpty();
    }

    /** How many errors were reported. */
    public int errorCount() {
        int n = 0;
        for (Report r : reports) {
            if (r.kind() == Report.Kind.ERROR) {
                n++;
            }
        }
        return n;
    }

    /** The reports, in the order they were made. */
    public List<Report> reports() {
        return Collections.unmodifiableList(reports);
    }

    /** Forgets the reports (after printing) but keeps which types are in error. */
    public List<Report> drain() {
        List<Report> out = List.copyOf(reports);
        reports.clear();
        return out;
    }
}
