package dev.retort.nativeimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The runtime's native-image resource configuration lists every resource the runtime loads.
 *
 * <p>A GraalVM native image contains only the resources its configuration names. The runtime
 * loads resources in one way only, {@link java.util.ServiceLoader}, whose
 * {@code META-INF/services/<interface>} files must be listed. This test reads the compiled runtime,
 * finds every call that loads a resource — {@code ServiceLoader.load*}, {@code getResource*} on a
 * class, class loader or module — and fails when a service loaded that way is not in
 * {@code META-INF/native-image/dev.retort/retort-runtime/resource-config.json}, when that file lists
 * one that nothing loads, or when the runtime starts loading a resource some other way (then list
 * it, and teach this test the new call).
 */
class NativeImageResourcesTest {
    private static final String CONFIG = "META-INF/native-image/dev.retort/retort-runtime/resource-config.json";
    private static final Set<String> RESOURCE_METHODS = Set.of("getResource", "getResourceAsStream", "getResources",
            "getSystemResource", "getSystemResourceAsStream", "getSystemResources");

    @Test
    void resourceConfigListsExactlyTheServicesTheRuntimeLoads() throws IOException {
        JavaClasses runtime = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(runtimeClasses());
        Set<String> loaded = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (JavaClass c : runtime) {
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                String owner = call.getTargetOwner().getName();
                String method = call.getName();
                JavaCodeUnit caller = call.getOrigin();
                if (owner.equals("java.util.ServiceLoader") && method.startsWith("load")) {
                    caller.getReferencedClassObjects().stream()
                            .filter(ref -> ref.getRawType().isInterface())
                            .map(ref -> ref.getRawType().getName())
                            .filter(name -> name.startsWith("dev.retort."))
                            .forEach(name -> loaded.add("META-INF/services/" + name));
                } else if (RESOURCE_METHODS.contains(method) && (owner.equals("java.lang.Class")
                        || owner.equals("java.lang.ClassLoader") || owner.equals("java.lang.Module"))) {
                    unknown.add(caller.getFullName());
                }
            }
        }
        assertEquals(List.of(), unknown, "resources loaded other than through ServiceLoader: list them in " + CONFIG);
        assertEquals(Set.of("META-INF/services/dev.retort.engine.ConnectionPoolFactory",
                "META-INF/services/dev.retort.orm.mapping.MappedBase"), loaded,
                "the services the runtime loads (a change here needs the same change in " + CONFIG + ")");
        assertEquals(loaded, listed(), CONFIG + " lists exactly the services the runtime loads");
    }

    /** The runtime's compiled classes (a directory in this build). */
    private static java.nio.file.Path runtimeClasses() {
        try {
            return java.nio.file.Paths.get(dev.retort.engine.Engine.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** The literal resource names in the configuration's {@code \Q...\E} patterns. */
    private static Set<String> listed() throws IOException {
        String json;
        try (InputStream in = NativeImageResourcesTest.class.getClassLoader().getResourceAsStream(CONFIG)) {
            assertNotNull(in, CONFIG + " is on the runtime's class path");
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\"pattern\"\\s*:\\s*\"\\\\\\\\Q([^\"\\\\]+)\\\\\\\\E\"").matcher(json);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
