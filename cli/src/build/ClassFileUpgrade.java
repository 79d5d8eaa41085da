import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step: rewrites a class file of the shaded jar that is older than Java 6
 * (picocli is compiled for Java 5) as a Java 8 class file with stack-map frames,
 * changing nothing else. The JVM's class-data
 * archive and AOT cache leave out classes in the old format, and picocli is
 * most of what the command line loads before it does any work: see
 * docs/performance.md. {@link JarRewrite} applies it to every class file of the jar.
 */
public final class ClassFileUpgrade {
    private static final int JAVA_6 = 50;

    private ClassFileUpgrade() {
    }

    private static int majorVersion(byte[] bytes) {
        return bytes.length < 8 ? Integer.MAX_VALUE : (bytes[6] & 0xff) << 8 | (bytes[7] & 0xff);
    }

    /**
     * The class as version 52 with frames computed (which needs the jar's classes to find common
     * supertypes), or null when it is Java 6 or newer already.
     */
    static byte[] upgrade(byte[] bytes, ClassLoader classes) {
        if (majorVersion(bytes) >= JAVA_6) {
            return null;
        }
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, 0);
        return writer.toByteArray();
    }
}
