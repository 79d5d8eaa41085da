package io.fabriclint.cli.build;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build step src/build/RecordMethodsInline.java: records whose equals/hashCode/toString it
 * compiled to plain bytecode behave exactly as javac's (ObjectMethods) do, on the same values:
 * equal hash codes (hash-ordered output keeps its order), the same equality, the same text.
 */
class RecordMethodsInlineTest {
    private static final String SAMPLES = RecordSamples.class.getName();
    private static Method inline;
    private static ClassLoader rewritten;

    @BeforeAll
    static void rewriteSamples(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // Compiled here as the build runs it: the single-file program, with ASM beside it.
        String asm = Path.of(ClassReader.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-cp", asm, "-d", dir.toString(),
                Path.of("src/build/RecordMethodsInline.java").toAbsolutePath().toString());
        assertEquals(0, status, "src/build/RecordMethodsInline.java compiles");
        ClassLoader tool = new URLClassLoader(new URL[]{dir.toUri().toURL()}, RecordMethodsInlineTest.class.getClassLoader());
        inline = tool.loadClass("RecordMethodsInline").getDeclaredMethod("inline", byte[].class);
        inline.setAccessible(true);

        Map<String, byte[]> classes = new HashMap<>();
        for (String name : List.of(SAMPLES, SAMPLES + "$Primitives", SAMPLES + "$References", SAMPLES + "$Nothing")) {
            byte[] bytes = bytes(name);
            byte[] inlined = (byte[]) inline.invoke(null, (Object) bytes);
            classes.put(name, inlined == null ? bytes : inlined);
        }
        rewritten = new ClassLoader(RecordMethodsInlineTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                synchronized (getClassLoadingLock(name)) {
                    byte[] b = classes.get(name);
                    if (b == null) {
                        return super.loadClass(name, resolve);
                    }
                    Class<?> c = findLoadedClass(name);
                    return c != null ? c : defineClass(name, b, 0, b.length);
                }
            }
        };
    }

    private static byte[] bytes(String className) throws IOException {
        try (InputStream in = RecordMethodsInlineTest.class.getResourceAsStream("/" + className.replace('.', '/') + ".class")) {
            assertNotNull(in, className);
            return in.readAllBytes();
        }
    }

    @Test
    void primitivesHashPrintAndCompareAsJavacs() throws Exception {
        List<Object[]> values = List.of(
                new Object[]{1, 2L, 3f, 4d, true, 'x', (byte) 5, (short) 6},
                new Object[]{1, 2L, 3f, 4d, true, 'x', (byte) 5, (short) 6},
                new Object[]{-1, Long.MIN_VALUE, Float.NaN, Double.NaN, false, '\0', Byte.MIN_VALUE, Short.MAX_VALUE},
                new Object[]{-1, Long.MIN_VALUE, Float.NaN, Double.NaN, false, '\0', Byte.MIN_VALUE, Short.MAX_VALUE},
                new Object[]{0, 0L, 0f, 0d, false, 'a', (byte) 0, (short) 0},
                new Object[]{0, 0L, -0f, -0d, false, 'a', (byte) 0, (short) 0},
                new Object[]{0, 1L << 40, 0f, 0d, false, 'a', (byte) 0, (short) 0});
        assertSameBehaviour(SAMPLES + "$Primitives", values);
    }

    @Test
    void referencesHashPrintAndCompareAsJavacs() throws Exception {
        int[] array = {1, 2};
        List<Object[]> values = List.of(
                new Object[]{"a", List.of("x", "y"), array, null},
                new Object[]{"a", new ArrayList<>(List.of("x", "y")), array, null},
                new Object[]{"a", List.of("x", "y"), new int[]{1, 2}, null},
                new Object[]{null, null, null, null},
                new Object[]{null, null, null, null},
                new Object[]{"b", List.of(), array, null});
        assertSameBehaviour(SAMPLES + "$References", values);
    }

    @Test
    void aRecordWithoutComponents() throws Exception {
        assertSameBehaviour(SAMPLES + "$Nothing", List.of(new Object[]{}, new Object[]{}));
    }

    @Test
    void noObjectMethodsCallSiteIsLeft() throws Exception {
        for (String name : List.of(SAMPLES + "$Primitives", SAMPLES + "$References", SAMPLES + "$Nothing")) {
            byte[] inlined = (byte[]) inline.invoke(null, (Object) bytes(name));
            assertNotNull(inlined, name + " is rewritten");
            List<String> left = new ArrayList<>();
            new ClassReader(inlined).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String method, String d, String s, String[] e) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitInvokeDynamicInsn(String n, String desc, Handle bootstrap, Object... args) {
                            left.add(method + " -> " + bootstrap.getOwner());
                        }
                    };
                }
            }, 0);
            assertEquals(List.of(), left, name);
        }
        assertEquals(null, inline.invoke(null, (Object) bytes(SAMPLES)), "a class that is not a record is left alone");
    }

    /** Same constructor arguments on javac's record and on the rewritten one: the same answers. */
    private static void assertSameBehaviour(String name, List<Object[]> values) throws Exception {
        Class<?> original = Class.forName(name);
        Class<?> inlined = rewritten.loadClass(name);
        assertTrue(original != inlined && inlined.isRecord());
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        for (Object[] v : values) {
            a.add(construct(original, v));
            b.add(construct(inlined, v));
        }
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).hashCode(), b.get(i).hashCode(), "hashCode of " + a.get(i));
            assertEquals(a.get(i).toString(), b.get(i).toString());
            assertFalse(b.get(i).equals(null));
            assertFalse(b.get(i).equals("not a record"));
            for (int j = 0; j < a.size(); j++) {
                assertEquals(a.get(i).equals(a.get(j)), b.get(i).equals(b.get(j)), a.get(i) + " equals " + a.get(j));
            }
        }
    }

    private static Object construct(Class<?> record, Object[] values) throws Exception {
        Class<?>[] types = java.util.Arrays.stream(record.getRecordComponents()).map(c -> c.getType()).toArray(Class<?>[]::new);
        Constructor<?> canonical = record.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(values);
    }
}
