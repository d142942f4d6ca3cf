package dev.sivi4j.testkit.tck;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The public classes of some packages, read from the class path's directories and jars (test classes
 * and test jars left out: their types are nobody's API).
 */
final class PublicClasses {
  private PublicClasses() {}

  static List<Class<?>> under(String... packages) throws IOException {
    ClassLoader loader = PublicClasses.class.getClassLoader();
    TreeSet<String> names = new TreeSet<>();
    for (String pkg : packages) {
      String path = pkg.replace('.', '/');
      Enumeration<URL> roots = loader.getResources(path);
      while (roots.hasMoreElements()) {
        collect(roots.nextElement(), path, names);
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      try {
        Class<?> type = Class.forName(name, false, loader);
        if (reachable(type) && !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic()) {
          classes.add(type);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // Not loadable here (an optional dependency is missing): nobody can construct it either.
      }
    }
    return classes;
  }

  private static boolean reachable(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static void collect(URL root, String path, TreeSet<String> names) throws IOException {
    URI uri;
    try {
      uri = root.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("unreadable class path entry " + root, e);
    }
    if ("jar".equals(uri.getScheme()) && !uri.getSchemeSpecificPart().contains("-tests.jar!")) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        walk(jar.getPath("/" + path), jar.getPath("/"), names);
      }
    } else if ("file".equals(uri.getScheme()) && !uri.getPath().contains("/test-classes/")) {
      Path dir = Path.of(uri);
      Path base = dir;
      for (int i = 0; i < path.split("/").length; i++) {
        base = base.getParent();
      }
      walk(dir, base, names);
    }
  }

  private static void walk(Path dir, Path base, TreeSet<String> names) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.map(file -> base.relativize(file).toString())
          .filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class") && !name.endsWith("module-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
          .forEach(names::add);
    }
  }
}
