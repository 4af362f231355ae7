package org.upright.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the app in a JVM of its own as the production build runs it, for the harnesses that measure
 * it from outside (memory, load): the runtime classpath that Maven wrote without the dev tools,
 * production mode, its own embedded database folder and port, output into a log file. {@code
 * -Dbench.server-jvm="..."} adds JVM options to the server, such as {@code
 * -XX:StartFlightRecording=filename=target/server.jfr} to see where its time goes.
 */
final class ProductionServer {

    private ProductionServer() {}

    /**
     * @param classpathFile the file under target/ with the runtime classpath (written by the profile)
     * @param xmx the heap limit, such as "1g"
     * @param properties further {@code -D} settings of this harness, each as "name=value"
     * @param mainClass the server's main class
     */
    static Process start(
            String classpathFile,
            String xmx,
            String dir,
            int port,
            List<String> properties,
            Class<?> mainClass,
            Path log)
            throws IOException {
        Path target = Paths.get("target");
        String runtime = Files.readString(target.resolve(classpathFile)).trim();
        String classpath = String.join(
                File.pathSeparator,
                target.resolve("classes").toAbsolutePath().toString(),
                target.resolve("test-classes").toAbsolutePath().toString(),
                runtime);
        if (classpath.contains("vaadin-dev-server")) {
            throw new IllegalStateException("Vaadin's dev tools are on the app's classpath");
        }
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx,
                "-cp",
                classpath,
                "-Dvaadin.productionMode=true",
                "-Dupright.embedded-db.dir=" + dir,
                "-Dupright.alerts.cron=-",
                "-Dserver.port=" + port,
                "-Dspring.main.banner-mode=off"));
        properties.forEach(p -> command.add("-D" + p));
        // extra JVM options for a measurement of the server itself, e.g. a flight recording
        String jvm = System.getProperty("bench.server-jvm", "").trim();
        if (!jvm.isEmpty()) {
            command.addAll(List.of(jvm.split("\\s+")));
        }
        command.add(mainClass.getName());
        Files.createDirectories(target);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
