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
import org.junit.jupiter.api.Test;

/**
 * Sanshe's modules are found by {@code findAndRegisterModules()} on the module path, through {@code
 * provides} in {@code module-info} (named modules ignore {@code META-INF/services}). The test
 * resolves the Sanshe and Jackson modules into a fresh module layer and works there by reflection.
 */
class ModulePathTest {

  private static final String[] MODULE_PATH = {
    "tools" + File.separator + "jackson" + File.separator,
    "jackson-annotations",
    "core" + File.separator + "target" + File.separator + "classes",
    "time-bank" + File.separator + "target" + File.separator + "classes",
    "deliberation" + File.separator + "target" + File.separator + "classes",
    "jackson3" + File.separator + "target" + File.separator + "classes"
  };

  private static ModuleLayer layer() {
    List<Path> paths = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      for (String wanted : MODULE_PATH) {
        if (entry.contains(wanted)) {
          paths.add(Path.of(entry));
        }
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
