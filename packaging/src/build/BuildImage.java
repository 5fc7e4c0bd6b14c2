// SPDX-License-Identifier: Apache-2.0

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds Headroom's installable image from the app module's build output (packaging/pom.xml runs it in the
 * {@code package} profile; docs/decisions/0012 says why each step is there):
 * <ol>
 *   <li>JavaFX's platform jars from Maven Central become jmods (classes, and the native libraries in the jmod's
 *       {@code lib} section, so the runtime loads them from its own folder instead of unpacking them into
 *       {@code ~/.openjfx});</li>
 *   <li>jlink links the JDK and JavaFX modules the app needs into a runtime with a default CDS archive
 *       ({@code --generate-cds-archive}); the app's jars, signatures already stripped by the app build, stay on
 *       the class path (docs/decisions/0002);</li>
 *   <li>jpackage makes an app image with two launchers, {@code headroom} (the command line: C1 and the parallel
 *       collector) and {@code headroom-explorer} (the window: G1, an icon, a desktop entry);</li>
 *   <li>a training run of the image's own runtime on the sample writes the AOT cache (JDK 25+) or the AppCDS
 *       archive into the image, and both launchers' configurations point at it through {@code $APPDIR};</li>
 *   <li>jpackage wraps the image into the platform's installer ({@code deb}, {@code dmg}, {@code msi}), unless
 *       the type is {@code app-image}.</li>
 * </ol>
 * A build step, run as a source file: {@code java BuildImage.java KEY=VALUE...}; the keys are read in
 * {@link #main}.
 */
public final class BuildImage {
    private static final Pattern JAVAFX_PLATFORM_JAR = Pattern.compile("javafx-(\\w+)-[\\d.]+-(linux|linux-aarch64|mac|mac-aarch64|win)\\.jar");
    private static final Pattern JAVAFX_JAR = Pattern.compile("javafx-\\w+-[\\d.]+(-[\\w-]+)?\\.jar");

    private final Map<String, String> options;
    private final Path appTarget;
    private final Path work;
    private final Path argfiles;
    private final String type;
    private final int feature = Runtime.version().feature();

    private BuildImage(Map<String, String> options) {
        this.options = options;
        this.appTarget = Path.of(required("app")).toAbsolutePath();
        this.work = Path.of(required("work")).toAbsolutePath();
        this.argfiles = Path.of(required("argfiles")).toAbsolutePath();
        this.type = required("type");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected KEY=VALUE, got " + a);
            }
            options.put(a.substring(0, eq), a.substring(eq + 1));
        }
        new BuildImage(options).build();
    }

    private String required(String key) {
        String v = options.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing " + key + "=...");
        }
        return v;
    }

    private void build() throws Exception {
        deleteTree(work);
        Path jmods = Files.createDirectories(work.resolve("jmods"));
        Path input = Files.createDirectories(work.resolve("input"));
        Path lib = Files.createDirectories(input.resolve("lib"));
        Files.copy(appTarget.resolve("headroom-app.jar"), input.resolve("headroom-app.jar"));
        try (Stream<Path> jars = Files.list(appTarget.resolve("lib"))) {
            for (Path jar : jars.sorted().toList()) {
                String name = jar.getFileName().toString();
                Matcher platform = JAVAFX_PLATFORM_JAR.matcher(name);
                if (platform.matches()) {
                    jmod("javafx." + platform.group(1), jar, jmods);
                } else if (!JAVAFX_JAR.matcher(name).matches()) {
                    // Copied with its time: the archive checks each class-path jar's size and modification time.
                    Files.copy(jar, lib.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }

        Path runtime = work.resolve("runtime");
        List<String> link = new ArrayList<>(List.of("--module-path", modulePath(jmods),
                "--output", runtime.toString()));
        link.addAll(argfile("jlink.txt"));
        run("jlink", link);

        Path images = work.resolve("image");
        String appVersion = required("version");
        List<String> image = new ArrayList<>(argfile("common.txt"));
        image.addAll(argfile(required("os") + ".txt"));
        image.addAll(List.of("--type", "app-image", "--app-version", appVersion, "--input", input.toString(),
                "--runtime-image", runtime.toString(), "--dest", images.toString(),
                "--add-launcher", "headroom-explorer=" + argfiles.resolve("explorer-" + required("os") + ".properties")));
        run("jpackage", image);

        Path app = appDir(images);
        // The archive remembers each class-path jar's size and modification time (in seconds) and is refused when
        // one differs. jpackage copies the image into the installer with new times, so every file gets one time
        // now and the installer is made with SOURCE_DATE_EPOCH at it: dpkg-deb clamps newer times down to it.
        long epoch = sourceDateEpoch();
        setTimes(appImageRoot(images), epoch);
        train(images, app);

        if (!type.equals("app-image")) {
            Path dist = Files.createDirectories(work.resolve("dist"));
            List<String> installer = new ArrayList<>(argfile(type + ".txt"));
            installer.addAll(List.of("--type", type,
                    "--app-version", appVersion, "--app-image", appImageRoot(images).toString(), "--dest", dist.toString()));
            runProcess("jpackage", installer, Map.of("SOURCE_DATE_EPOCH", Long.toString(epoch)));
        }
    }

    /** {@code SOURCE_DATE_EPOCH} when the caller set one (a reproducible build), else the current second. */
    private static long sourceDateEpoch() {
        String set = System.getenv("SOURCE_DATE_EPOCH");
        return set != null && set.matches("\\d+") ? Long.parseLong(set) : System.currentTimeMillis() / 1000;
    }

    private static void setTimes(Path root, long epochSecond) throws IOException {
        FileTime time = FileTime.from(epochSecond, TimeUnit.SECONDS);
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.setLastModifiedTime(p, time);
            }
        }
    }

    /** A jmod of one JavaFX platform jar: its classes, and its native libraries where jlink puts libraries. */
    private void jmod(String module, Path jar, Path jmods) throws IOException {
        Path classes = Files.createDirectories(work.resolve("javafx/" + module + "/classes"));
        Path libs = Files.createDirectories(work.resolve("javafx/" + module + "/lib"));
        try (InputStream in = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                String name = e.getName();
                if (e.isDirectory() || name.startsWith("META-INF/") || name.endsWith(".jar")) {
                    continue;
                }
                boolean nativeLib = !name.contains("/") && (name.endsWith(".so") || name.endsWith(".dylib") || name.endsWith(".dll"));
                Path to = (nativeLib ? libs : classes).resolve(name);
                Files.createDirectories(to.getParent());
                Files.copy(zip, to);
            }
        }
        List<String> args = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
        try (Stream<Path> l = Files.list(libs)) {
            if (l.findAny().isPresent()) {
                args.addAll(List.of("--libs", libs.toString()));
            }
        }
        args.add(jmods.resolve(module + ".jmod").toString());
        run("jmod", args);
    }

    /** JavaFX's jmods, then the JDK's own when it ships them (JDK 24+ can link from its run-time image instead). */
    private static String modulePath(Path jmods) {
        Path jdkJmods = Path.of(System.getProperty("java.home"), "jmods");
        return Files.isDirectory(jdkJmods) ? jmods + File.pathSeparator + jdkJmods : jmods.toString();
    }

    /** The folder holding the launchers' configurations and the class path ({@code $APPDIR}). */
    private Path appDir(Path images) throws IOException {
        Path root = appImageRoot(images);
        for (String candidate : List.of("lib/app", "Contents/app", "app")) {
            if (Files.isRegularFile(root.resolve(candidate).resolve("headroom.cfg"))) {
                return root.resolve(candidate);
            }
        }
        throw new IOException("no headroom.cfg under " + root);
    }

    private static Path appImageRoot(Path images) throws IOException {
        try (Stream<Path> s = Files.list(images)) {
            return s.filter(Files::isDirectory).findFirst().orElseThrow(() -> new IOException("no app image in " + images));
        }
    }

    /**
     * Runs the image's runtime on the sample with the command launcher's options and its class path as written
     * in {@code headroom.cfg}, dumping the archive into {@code $APPDIR}; then points both launchers at it. The JVM
     * accepts the archive from another folder as long as the class path keeps its layout, so the installed copy
     * (/opt/headroom) uses it as built here.
     */
    private void train(Path images, Path app) throws Exception {
        Path root = appImageRoot(images);
        Path java = List.of("lib/runtime/bin/java", "Contents/runtime/Contents/Home/bin/java", "runtime/bin/java.exe").stream()
                .map(root::resolve).filter(Files::isExecutable).findFirst()
                .orElse(work.resolve("runtime/bin/java"));
        if (!Files.isExecutable(java)) {
            java = work.resolve("runtime/bin/java.exe");
        }
        Cfg cfg = Cfg.read(app.resolve("headroom.cfg"), app);
        boolean aot = feature >= 25;
        String archiveName = aot ? "headroom.aot" : "headroom.jsa";
        Path archive = app.resolve(archiveName);
        Path cache = Files.createDirectories(work.resolve("training-cache"));
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(cfg.javaOptions);
        command.add(aot ? "-XX:AOTCacheOutput=" + archive : "-XX:ArchiveClassesAtExit=" + archive);
        // The parse runs in the training JVM, so the archive holds CDT's classes for the parse workers too.
        command.add("-Dheadroom.unitIsolation=threads");
        command.add("-Xlog:cds=error");
        if (aot) {
            command.add("-Xlog:aot=error");
        }
        command.addAll(List.of("-cp", cfg.classPath, cfg.mainClass, "analyze", required("sample"), "--no-cache", "--cache-dir",
                cache.toString(), "--json", work.resolve("training.json").toString()));
        System.out.println("BuildImage: training " + String.join(" ", command));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("training.log").toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("the training run did not finish in 15 minutes; see " + work.resolve("training.log"));
        }
        if (p.exitValue() > 1 || !Files.isRegularFile(archive)) {
            throw new IOException("the training run failed (exit " + p.exitValue() + "); see " + work.resolve("training.log"));
        }
        List<String> flags = aot
                ? List.of("-XX:AOTCache=$APPDIR/" + archiveName, "-Xlog:aot=off", "-Xlog:cds=off")
                : List.of("-XX:SharedArchiveFile=$APPDIR/" + archiveName, "-Xlog:cds=off");
        try (Stream<Path> cfgs = Files.list(app)) {
            for (Path c : cfgs.filter(f -> f.getFileName().toString().endsWith(".cfg")).toList()) {
                Cfg.addJavaOptions(c, flags);
            }
        }
        System.out.println("BuildImage: " + archiveName + " " + Files.size(archive) / (1024 * 1024) + " MB from the training run");
    }

    /** The parts of a jpackage launcher configuration the training run repeats. */
    private record Cfg(String mainClass, String classPath, List<String> javaOptions) {
        static Cfg read(Path file, Path appDir) throws IOException {
            String mainClass = null;
            List<String> classPath = new ArrayList<>();
            List<String> javaOptions = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir.toString());
                if (line.startsWith("app.mainclass=")) {
                    mainClass = value;
                } else if (line.startsWith("app.classpath=")) {
                    classPath.add(value);
                } else if (line.startsWith("java-options=")) {
                    javaOptions.add(value);
                }
            }
            if (mainClass == null || classPath.isEmpty()) {
                throw new IOException(file + " names no main class or class path");
            }
            return new Cfg(mainClass, String.join(File.pathSeparator, classPath), javaOptions);
        }

        static void addJavaOptions(Path file, List<String> flags) throws IOException {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                out.add(line);
                if (line.strip().equals("[JavaOptions]")) {
                    flags.forEach(f -> out.add("java-options=" + f));
                }
            }
            Files.write(file, out, StandardCharsets.UTF_8);
        }
    }

    /**
     * The arguments of one of the argfiles in {@code src/jpackage}: words split at white space, double quotes
     * around a word with spaces, {@code #} lines ignored. A tool run in-process does not expand {@code @file}
     * itself, as its command-line launcher would.
     */
    private List<String> argfile(String name) throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(argfiles.resolve(name), StandardCharsets.UTF_8)) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            StringBuilder word = new StringBuilder();
            boolean quoted = false;
            boolean inWord = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                    inWord = true;
                } else if (Character.isWhitespace(c) && !quoted) {
                    if (inWord) {
                        words.add(word.toString());
                        word.setLength(0);
                        inWord = false;
                    }
                } else {
                    word.append(c);
                    inWord = true;
                }
            }
            if (inWord) {
                words.add(word.toString());
            }
        }
        return words;
    }

    private static void run(String tool, List<String> args) throws IOException {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IOException(tool + " is not in this JDK (" + System.getProperty("java.home") + ")"));
        System.out.println("BuildImage: " + tool + " " + String.join(" ", args));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        int rc = provider.run(out, out, args.toArray(String[]::new));
        if (rc != 0) {
            throw new IOException(tool + " failed with exit code " + rc);
        }
    }

    /** Runs a JDK tool as a process of its own, for the environment its own subprocesses (dpkg-deb) must see. */
    private static void runProcess(String tool, List<String> args, Map<String, String> env) throws IOException, InterruptedException {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path exe = Files.isRegularFile(bin.resolve(tool + ".exe")) ? bin.resolve(tool + ".exe") : bin.resolve(tool);
        List<String> command = new ArrayList<>(List.of(exe.toString()));
        command.addAll(args);
        System.out.println("BuildImage: " + env + " " + String.join(" ", command));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().putAll(env);
        int rc = pb.start().waitFor();
        if (rc != 0) {
            throw new IOException(tool + " failed with exit code " + rc);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
