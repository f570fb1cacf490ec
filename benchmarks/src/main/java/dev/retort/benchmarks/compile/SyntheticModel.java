package dev.retort.benchmarks.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The synthetic model {@link CompileTimeBenchmark} compiles, as Retort entities and as the
 * equivalent JPA entities: {@value #ENTITIES} entities in four packages; each with six columns,
 * a foreign key to the previous one with its many-to-one and the mirror one-to-many (ordered by
 * id), and on every tenth a many-to-many to the fifth next, whose other side is named.
 */
final class SyntheticModel {
    static final int ENTITIES = 200;

    private SyntheticModel() {}

    /** {@code bench.Base}, {@code bench.Status} and the Retort entities under {@code src}. */
    static List<Path> retort(Path src) throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(write(src, "bench", "Base", "package bench;\n\n"
                + "@dev.retort.annotations.DeclarativeBase\npublic interface Base {}\n"));
        out.add(write(src, "bench", "Status", STATUS));
        for (int i = 0; i < ENTITIES; i++) {
            out.add(write(src, pkg(i), name(i), retortEntity(i)));
        }
        return out;
    }

    /** {@code bench.Status} and the JPA entities under {@code src}. */
    static List<Path> jpa(Path src) throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(write(src, "bench", "Status", STATUS));
        for (int i = 0; i < ENTITIES; i++) {
            out.add(write(src, pkg(i), name(i), jpaEntity(i)));
        }
        return out;
    }

    private static final String STATUS = "package bench;\n\npublic enum Status { NEW, ACTIVE, RETIRED }\n";

    private static String pkg(int i) {
        return "bench.p" + (i % 4);
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "Entity%03d", i);
    }

    private static String qualified(int i) {
        return pkg(i) + "." + name(i);
    }

    private static boolean linksForward(int i) {
        return i % 10 == 0 && i + 5 < ENTITIES;
    }

    private static boolean linkedBack(int i) {
        return i >= 5 && linksForward(i - 5);
    }

    private static String retortEntity(int i) {
        StringBuilder b = new StringBuilder();
        b.append("package ").append(pkg(i)).append(";\n\n")
                .append("import dev.retort.annotations.*;\n")
                .append("import java.math.BigDecimal;\nimport java.time.LocalDateTime;\n")
                .append("import java.util.ArrayList;\nimport java.util.List;\n\n")
                .append("@Table(name = \"t").append(i).append("\")\n")
                .append("public class ").append(name(i)).append(" implements bench.Base {\n")
                .append("    @Column(primaryKey = true) public Long id;\n")
                .append("    @Column(length = 80, nullable = false) public String name;\n")
                .append("    @Column(precision = 12, scale = 2) public BigDecimal amount;\n")
                .append("    @Column public LocalDateTime created;\n")
                .append("    @Column(defaultValue = \"NEW\") public bench.Status status;\n")
                .append("    @Column(version = true) public int version;\n");
        if (i > 0) {
            b.append("    @Column(foreignKey = \"t").append(i - 1).append(".id\", index = true) public Long parentId;\n")
                    .append("    @Relationship(backPopulates = \"children\") public ").append(qualified(i - 1))
                    .append(" parent;\n");
        }
        if (i < ENTITIES - 1) {
            b.append("    @Relationship(backPopulates = \"parent\", orderBy = \"id\") public List<")
                    .append(qualified(i + 1)).append("> children = new ArrayList<>();\n");
        }
        if (linksForward(i)) {
            b.append("    @Relationship(secondary = \"link").append(i).append("\", backref = \"linked").append(i)
                    .append("\") public List<").append(qualified(i + 5)).append("> links = new ArrayList<>();\n");
        }
        return b.append("}\n").toString();
    }

    private static String jpaEntity(int i) {
        StringBuilder b = new StringBuilder();
        b.append("package ").append(pkg(i)).append(";\n\n")
                .append("import jakarta.persistence.*;\n")
                .append("import java.math.BigDecimal;\nimport java.time.LocalDateTime;\n")
                .append("import java.util.ArrayList;\nimport java.util.List;\n\n")
                .append("@Entity\n")
                .append("@Table(name = \"t").append(i).append("\"");
        if (i > 0) {
            b.append(", indexes = @Index(columnList = \"parent_id\")");
        }
        b.append(")\npublic class ").append(name(i)).append(" {\n")
                .append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;\n")
                .append("    @Column(length = 80, nullable = false) public String name;\n")
                .append("    @Column(precision = 12, scale = 2) public BigDecimal amount;\n")
                .append("    public LocalDateTime created;\n")
                .append("    @Enumerated(EnumType.STRING) public bench.Status status = bench.Status.NEW;\n")
                .append("    @Version public int version;\n");
        if (i > 0) {
            b.append("    @Column(name = \"parent_id\", insertable = false, updatable = false) public Long parentId;\n")
                    .append("    @ManyToOne @JoinColumn(name = \"parent_id\") public ").append(qualified(i - 1))
                    .append(" parent;\n");
        }
        if (i < ENTITIES - 1) {
            b.append("    @OneToMany(mappedBy = \"parent\") @OrderBy(\"id\") public List<")
                    .append(qualified(i + 1)).append("> children = new ArrayList<>();\n");
        }
        if (linksForward(i)) {
            b.append("    @ManyToMany @JoinTable(name = \"link").append(i).append("\") public List<")
                    .append(qualified(i + 5)).append("> links = new ArrayList<>();\n");
        }
        if (linkedBack(i)) {
            b.append("    @ManyToMany(mappedBy = \"links\") public List<").append(qualified(i - 5))
                    .append("> linked").append(i - 5).append(" = new ArrayList<>();\n");
        }
        return b.append("}\n").toString();
    }

    private static Path write(Path src, String pkg, String name, String text) throws IOException {
        Path dir = Files.createDirectories(src.resolve(pkg.replace('.', '/')));
        Path file = dir.resolve(name + ".java");
        Files.writeString(file, text);
        return file;
    }
}
