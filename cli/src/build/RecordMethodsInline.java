import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Build step (cli/pom.xml, `package`): compiles the project's records' {@code equals},
 * {@code hashCode} and {@code toString} to plain bytecode in the shaded jar. javac makes each an
 * {@code invokedynamic} of {@code java.lang.runtime.ObjectMethods}, whose first call builds a
 * method-handle tree at run time (and, on Java 17, spins classes for it): at start-up that was a
 * third of the first analysis of a small file (docs/performance.md). The same idea as
 * {@code -XDstringConcat=inline}, which javac offers for string concatenation but not for records.
 *
 * <p>The generated methods compute exactly what {@code ObjectMethods} does on Java 17 to 25: the
 * same hash codes (result = 31 × result + the component's hash, from 0, primitives hashed by their
 * box's {@code hashCode}, references by {@code Objects.hashCode}), so hash-ordered output keeps its
 * order; the same equality (primitives by {@code ==}, floats and doubles by {@code compare}, others
 * by {@code Objects.equals}); the same text ({@code Name[a=1, b=x]}). {@link JarRewrite} applies it to
 * the project's classes in the jar.
 */
public final class RecordMethodsInline {
    /** The project's own classes, by jar entry name: only their records are rewritten. */
    static final String OWN_CLASSES = "io/fabriclint/";
    private static final String OBJECT_METHODS = "java/lang/runtime/ObjectMethods";

    private RecordMethodsInline() {
    }

    /** The class with its ObjectMethods call sites replaced, or null when it has none. */
    static byte[] inline(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        if (!"java/lang/Record".equals(reader.getSuperName())) {
            return null;
        }
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        Inliner inliner = new Inliner(writer);
        reader.accept(inliner, 0);
        return inliner.generated.isEmpty() ? null : writer.toByteArray();
    }

    /** What one call site asked for: the method (equals, hashCode, toString) over these components. */
    private record Site(String method, String descriptor, List<String> names, List<Handle> getters) {
    }

    private static final class Inliner extends ClassVisitor {
        final Map<String, Site> generated = new LinkedHashMap<>();
        private String className;
        private String simpleName;

        Inliner(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            className = name;
            simpleName = name.substring(name.lastIndexOf('/') + 1);
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public void visitInnerClass(String name, String outerName, String innerName, int access) {
            if (name.equals(className) && innerName != null) {
                simpleName = innerName; // Class.getSimpleName() of a nested or local record
            }
            super.visitInnerClass(name, outerName, innerName, access);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                @Override
                public void visitInvokeDynamicInsn(String method, String desc, Handle bootstrap, Object... arguments) {
                    if (!bootstrap.getOwner().equals(OBJECT_METHODS)) {
                        super.visitInvokeDynamicInsn(method, desc, bootstrap, arguments);
                        return;
                    }
                    String names = (String) arguments[1];
                    List<Handle> getters = new ArrayList<>();
                    for (int i = 2; i < arguments.length; i++) {
                        getters.add((Handle) arguments[i]);
                    }
                    String target = "record$" + method;
                    generated.put(target, new Site(method, desc,
                            names.isEmpty() ? List.of() : List.of(names.split(";")), getters));
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, className, target, desc, false);
                }
            };
        }

        @Override
        public void visitEnd() {
            generated.forEach((target, site) -> {
                MethodVisitor m = super.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                        target, site.descriptor(), null, null);
                m.visitCode();
                switch (site.method()) {
                    case "hashCode" -> hashCode(m, site);
                    case "equals" -> equals(m, site);
                    case "toString" -> toString(m, site);
                    default -> throw new IllegalStateException("ObjectMethods." + site.method() + " in " + className);
                }
                m.visitMaxs(0, 0);
                m.visitEnd();
            });
            super.visitEnd();
        }

        private static void get(MethodVisitor m, int local, Handle getter) {
            if (getter.getTag() != Opcodes.H_GETFIELD) {
                throw new IllegalStateException("record component read by " + getter);
            }
            m.visitVarInsn(Opcodes.ALOAD, local);
            m.visitFieldInsn(Opcodes.GETFIELD, getter.getOwner(), getter.getName(), getter.getDesc());
        }

        private static void hashCode(MethodVisitor m, Site site) {
            m.visitInsn(Opcodes.ICONST_0);
            for (Handle getter : site.getters()) {
                m.visitIntInsn(Opcodes.BIPUSH, 31);
                m.visitInsn(Opcodes.IMUL);
                get(m, 0, getter);
                Type type = Type.getType(getter.getDesc());
                if (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY) {
                    m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I", false);
                } else {
                    m.visitMethodInsn(Opcodes.INVOKESTATIC, box(type), "hashCode", "(" + type.getDescriptor() + ")I", false);
                }
                m.visitInsn(Opcodes.IADD);
            }
            m.visitInsn(Opcodes.IRETURN);
        }

        private void equals(MethodVisitor m, Site site) {
            Label notSame = new Label();
            Label sameType = new Label();
            Label different = new Label();
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitVarInsn(Opcodes.ALOAD, 1);
            m.visitJumpInsn(Opcodes.IF_ACMPNE, notSame);
            m.visitInsn(Opcodes.ICONST_1);
            m.visitInsn(Opcodes.IRETURN);
            m.visitLabel(notSame);
            m.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
            m.visitVarInsn(Opcodes.ALOAD, 1);
            m.visitTypeInsn(Opcodes.INSTANCEOF, className);
            m.visitJumpInsn(Opcodes.IFNE, sameType);
            m.visitInsn(Opcodes.ICONST_0);
            m.visitInsn(Opcodes.IRETURN);
            m.visitLabel(sameType);
            m.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
            m.visitVarInsn(Opcodes.ALOAD, 1);
            m.visitTypeInsn(Opcodes.CHECKCAST, className);
            m.visitVarInsn(Opcodes.ASTORE, 2);
            for (Handle getter : site.getters()) {
                get(m, 0, getter);
                get(m, 2, getter);
                Type type = Type.getType(getter.getDesc());
                switch (type.getSort()) {
                    case Type.OBJECT, Type.ARRAY -> {
                        m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Objects", "equals",
                                "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
                        m.visitJumpInsn(Opcodes.IFEQ, different);
                    }
                    case Type.LONG -> {
                        m.visitInsn(Opcodes.LCMP);
                        m.visitJumpInsn(Opcodes.IFNE, different);
                    }
                    case Type.FLOAT -> {
                        m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Float", "compare", "(FF)I", false);
                        m.visitJumpInsn(Opcodes.IFNE, different);
                    }
                    case Type.DOUBLE -> {
                        m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "compare", "(DD)I", false);
                        m.visitJumpInsn(Opcodes.IFNE, different);
                    }
                    default -> m.visitJumpInsn(Opcodes.IF_ICMPNE, different); // int, short, byte, char, boolean
                }
            }
            m.visitInsn(Opcodes.ICONST_1);
            m.visitInsn(Opcodes.IRETURN);
            m.visitLabel(different);
            m.visitFrame(Opcodes.F_APPEND, 1, new Object[]{className}, 0, null);
            m.visitInsn(Opcodes.ICONST_0);
            m.visitInsn(Opcodes.IRETURN);
        }

        private void toString(MethodVisitor m, Site site) {
            String builder = "java/lang/StringBuilder";
            String append = "(Ljava/lang/String;)Ljava/lang/StringBuilder;";
            m.visitTypeInsn(Opcodes.NEW, builder);
            m.visitInsn(Opcodes.DUP);
            m.visitLdcInsn(simpleName + "[");
            m.visitMethodInsn(Opcodes.INVOKESPECIAL, builder, "<init>", "(Ljava/lang/String;)V", false);
            List<Handle> getters = site.getters();
            for (int i = 0; i < getters.size(); i++) {
                m.visitLdcInsn((i == 0 ? "" : ", ") + site.names().get(i) + "=");
                m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, builder, "append", append, false);
                get(m, 0, getters.get(i));
                Type type = Type.getType(getters.get(i).getDesc());
                String valueOf = switch (type.getSort()) {
                    case Type.OBJECT, Type.ARRAY -> "(Ljava/lang/Object;)Ljava/lang/String;";
                    case Type.SHORT, Type.BYTE -> "(I)Ljava/lang/String;";
                    default -> "(" + type.getDescriptor() + ")Ljava/lang/String;";
                };
                m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/String", "valueOf", valueOf, false);
                m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, builder, "append", append, false);
            }
            m.visitLdcInsn("]");
            m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, builder, "append", append, false);
            m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, builder, "toString", "()Ljava/lang/String;", false);
            m.visitInsn(Opcodes.ARETURN);
        }

        private static String box(Type primitive) {
            return switch (primitive.getSort()) {
                case Type.BOOLEAN -> "java/lang/Boolean";
                case Type.CHAR -> "java/lang/Character";
                case Type.BYTE -> "java/lang/Byte";
                case Type.SHORT -> "java/lang/Short";
                case Type.INT -> "java/lang/Integer";
                case Type.LONG -> "java/lang/Long";
                case Type.FLOAT -> "java/lang/Float";
                case Type.DOUBLE -> "java/lang/Double";
                default -> throw new IllegalArgumentException(primitive.toString());
            };
        }
    }
}
