package org.sanshe.jackson3;

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
    "tools" + File.separator + "jackson" + File.separator, "jackson-annotations"
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
    return Stream.of("core", "time-bank", "deliberation", "jackson3")
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
            .resolveAndBind(finder, ModuleFinder.of(), Set.of("org.sanshe.jackson3"));
    return ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void find_and_register_modules_finds_every_sanshe_module_on_the_module_path() throws Exception {
    ModuleLayer layer = layer();
    assertThat(layer.findModule("org.sanshe.jackson3")).isPresent();
    assertThat(layer.findModule("tools.jackson.databind")).isPresent();
    ClassLoader loader = layer.findLoader("org.sanshe.jackson3");
    Class<?> mapperType = Class.forName("tools.jackson.databind.json.JsonMapper", true, loader);
    Object builder = mapperType.getMethod("builder").invoke(null);
    Class<?> builderType = Class.forName("tools.jackson.databind.cfg.MapperBuilder", true, loader);
    Object mapper;
    // Jackson looks the modules up through the context class loader, as an application does.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      builderType.getMethod("findAndAddModules").invoke(builder);
      mapper = builderType.getMethod("build").invoke(builder);
    } finally {
      thread.setContextClassLoader(previous);
    }
    Class<?> moduleType = Class.forName("tools.jackson.databind.JacksonModule", true, loader);
    List<Object> ids = new ArrayList<>();
    for (Object m : (Collection<?>) mapperType.getMethod("registeredModules").invoke(mapper)) {
      ids.add(moduleType.getMethod("getModuleName").invoke(m));
    }
    assertThat(ids)
        .contains(
            "org.sanshe.jackson3.core.SansheCoreModule",
            "org.sanshe.jackson3.timebank.SansheTimeBankModule",
            "org.sanshe.jackson3.deliberation.SansheDeliberationModule");
    Object credit =
        Class.forName("org.sanshe.timebank.credit.TimeCredit", true, loader)
            .getMethod("ofMinutes", long.class)
            .invoke(null, 90L);
    Object json = mapperType.getMethod("writeValueAsString", Object.class).invoke(mapper, credit);
    assertThat(json).isEqualTo("{\"minutes\":90,\"display\":\"1h30m\"}");
  }
}
