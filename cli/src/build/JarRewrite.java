import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step (cli/pom.xml, `package`): one pass over the shaded jar that rewrites the class
 * files two build steps change, and copies everything else as it is:
 * {@link ClassFileUpgrade} (class files older than Java 6 become Java 8 ones, so the start-up
 * archive can hold them) and {@link RecordMethodsInline} (the project's records get plain
 * equals/hashCode/toString). See docs/performance.md. Compiled with the other files of
 * src/build and run with ASM on the class path: {@code java -cp asm.jar:build JarRewrite fabric.jar}.
 */
public final class JarRewrite {
    private JarRewrite() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".rewriting");
        int upgraded = 0;
        int records = 0;
        try (URLClassLoader classes = new URLClassLoader(new URL[]{jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
             ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".class")) {
                    byte[] upgrade = ClassFileUpgrade.upgrade(bytes, classes);
                    if (upgrade != null) {
                        bytes = upgrade;
                        upgraded++;
                    }
                    byte[] inlined = entry.getName().startsWith(RecordMethodsInline.OWN_CLASSES)
                            ? RecordMethodsInline.inline(bytes) : null;
                    if (inlined != null) {
                        bytes = inlined;
                        records++;
                    }
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("JarRewrite: " + upgraded + " classes of " + jar.getFileName()
                + " now Java 8 class files; " + records + " records have plain equals/hashCode/toString");
    }
}
