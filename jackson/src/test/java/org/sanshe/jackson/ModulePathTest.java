package org.sanshe.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sanshe's modules are found by {@code findAndRegisterModules()} on the module path, through {@code
 * provides} in {@code module-info} (named modules ignore {@code META-INF/services}). The test
 * resolves the Sanshe and Jackson modules into a fresh module layer and works there by reflection.
 */
class ModulePathTest {

  /** Jackson's jars, by a part of their path. */
  private static final String[] JACKSON = {
    "jackson-databind", "jackson-core", "jackson-annotations"
  };

  /**
   * Tells whether a class-path entry belongs on the module path: Jackson, the domain modules (jars
   * in a full build, class directories in a test-phase build) and this artifact's classes.
   */
  private static boolean wanted(Path entry) {
    String name = entry.getFileName().toString();
    for (String part : JACKSON) {
      if (entry.toString().contains(part) && !name.contains("jsr310")) {
        return true;
      }
    }
    if (name.matches("sanshe-(core|time-bank|deliberation)-.*[.]jar")) {
      return true;
    }
    return Stream.of("core", "time-bank", "deliberation", "jackson")
        .anyMatch(m -> entry.endsWith(Path.of(m, "target", "classes")));
  }

  private static ModuleLayer layer() {
    List<Path> paths = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (wanted(Path.of(entry))) {
        paths.add(Path.of(entry));
      }
    }
    ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
    Configuration configuration =
        ModuleLayer.boot()
            .configuration()
            .resolveAndBind(finder, ModuleFinder.of(), Set.of("org.sanshe.jackson"));
    return ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void find_and_register_modules_finds_every_sanshe_module_on_the_module_path() throws Exception {
    ModuleLayer layer = layer();
    assertThat(layer.findModule("org.sanshe.jackson")).isPresent();
    assertThat(layer.findModule("com.fasterxml.jackson.databind")).isPresent();
    ClassLoader loader = layer.findLoader("org.sanshe.jackson");
    Class<?> mapperType =
        Class.forName("com.fasterxml.jackson.databind.ObjectMapper", true, loader);
    Object mapper = mapperType.getConstructor().newInstance();
    // Jackson looks the modules up through the context class loader, as an application does.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      mapperType.getMethod("findAndRegisterModules").invoke(mapper);
    } finally {
      thread.setContextClassLoader(previous);
    }
    @SuppressWarnings("unchecked")
    Collection<Object> ids =
        (Collection<Object>) mapperType.getMethod("getRegisteredModuleIds").invoke(mapper);
    assertThat(ids)
        .contains(
            "org.sanshe.jackson.core.SansheCoreModule",
            "org.sanshe.jackson.timebank.SansheTimeBankModule",
            "org.sanshe.jackson.deliberation.SansheDeliberationModule");
    Object credit =
        Class.forName("org.sanshe.timebank.credit.TimeCredit", true, loader)
            .getMethod("ofMinutes", long.class)
            .invoke(null, 90L);
    Object json = mapperType.getMethod("writeValueAsString", Object.class).invoke(mapper, credit);
    assertThat(json).isEqualTo("{\"minutes\":90,\"display\":\"1h30m\"}");
  }
}
