package dev.hubonboard.ui.app;

import dev.hubonboard.secrets.SecretStore;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Walks everything reachable from the app's models (fields by reflection, collections, maps, properties' values,
 * what lambdas captured) and names each path that still holds one of the secrets. Left out on purpose: the keychain
 * (a {@link SecretStore} keeps a token by design) and the practice servers ({@code dev.hubonboard.sandbox}, which
 * play Docker Hub and Azure, not the app). Bounded: at most {@value #LIMIT} objects.
 */
public final class SecretSweep {
    static final int LIMIT = 400_000;

    private SecretSweep() {
    }

    private record Visit(Object value, String path) {
    }

    public static List<String> holding(Collection<String> secrets, Map<String, Object> roots) {
        List<String> found = new ArrayList<>();
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Visit> queue = new ArrayDeque<>();
        roots.forEach((name, root) -> queue.add(new Visit(root, name)));
        int visited = 0;
        while (!queue.isEmpty() && visited < LIMIT) {
            Visit v = queue.poll();
            Object o = v.value();
            if (o == null || !seen.add(o)) {
                continue;
            }
            visited++;
            String text = textOf(o);
            if (text != null) {
                for (String s : secrets) {
                    if (text.contains(s)) {
                        found.add(v.path());
                    }
                }
                continue;
            }
            Class<?> c = o.getClass();
            if (o instanceof SecretStore || c.getName().startsWith("dev.hubonboard.sandbox.")
                    || o instanceof Class<?> || o instanceof Thread || o instanceof ClassLoader) {
                continue;
            }
            if (c.isArray()) {
                if (!c.getComponentType().isPrimitive()) {
                    for (int i = 0; i < Array.getLength(o); i++) {
                        queue.add(new Visit(Array.get(o, i), v.path() + "[" + i + "]"));
                    }
                }
                continue;
            }
            if (isJdk(c)) {
                try {
                    if (o instanceof Map<?, ?> m) {
                        for (Map.Entry<?, ?> e : List.copyOf(m.entrySet())) {
                            queue.add(new Visit(e.getKey(), v.path() + ".key"));
                            queue.add(new Visit(e.getValue(), v.path() + "[" + e.getKey() + "]"));
                        }
                    } else if (o instanceof Collection<?> col) {
                        int i = 0;
                        for (Object e : col.toArray()) {
                            queue.add(new Visit(e, v.path() + "[" + i++ + "]"));
                        }
                    } else if (o instanceof Optional<?> opt) {
                        queue.add(new Visit(opt.orElse(null), v.path() + ".get"));
                    } else if (o instanceof AtomicReference<?> ref) {
                        queue.add(new Visit(ref.get(), v.path() + ".get"));
                    }
                } catch (RuntimeException concurrent) {
                    // a collection changing under the walk: its other paths are still walked
                }
                continue; // other JDK internals cannot be opened from here
            }
            for (Class<?> k = c; k != null && !isJdk(k); k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        queue.add(new Visit(f.get(o), v.path() + "." + f.getName()));
                    } catch (RuntimeException | IllegalAccessException closed) {
                        // a field Java will not open: nothing the app put there
                    }
                }
            }
        }
        return found;
    }

    private static boolean isJdk(Class<?> c) {
        String n = c.getName();
        return n.startsWith("java.") || n.startsWith("javax.") || n.startsWith("jdk.") || n.startsWith("sun.")
                || n.startsWith("com.sun.");
    }

    private static String textOf(Object o) {
        return switch (o) {
            case String s -> s;
            case char[] chars -> new String(chars);
            case byte[] bytes -> new String(bytes, StandardCharsets.ISO_8859_1);
            case StringBuilder sb -> sb.toString();
            default -> null;
        };
    }
}
