package dev.sivi4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ConfigurationMetadataTest {
  @Test
  void metadataListsEverySiviPropertyWithADescription() throws Exception {
    Map<String, JsonObject> listed = new TreeMap<>();
    for (JsonElement element : metadata().getAsJsonArray("properties")) {
      JsonObject property = element.getAsJsonObject();
      listed.put(property.get("name").getAsString(), property);
    }
    Set<String> bound = new TreeSet<>();
    collect(SiviProperties.class, SiviProperties.PREFIX, bound);

    assertThat(bound).hasSizeGreaterThanOrEqualTo(19).contains("sivi.api-key", "sivi.timeouts.whole-call");
    assertThat(listed.keySet()).isEqualTo(bound);
    listed.forEach(
        (name, property) ->
            assertThat(property.has("description") ? property.get("description").getAsString() : "")
                .as("description of %s", name)
                .isNotBlank());
    assertThat(listed.get("sivi.timeouts.connect").get("type").getAsString()).isEqualTo("java.time.Duration");
  }

  @Test
  void metadataSuggestsTheKeyKinds() throws Exception {
    Set<String> values = new TreeSet<>();
    for (JsonElement hint : metadata().getAsJsonArray("hints")) {
      if (hint.getAsJsonObject().get("name").getAsString().equals("sivi.key-kind")) {
        JsonArray hinted = hint.getAsJsonObject().getAsJsonArray("values");
        hinted.forEach(value -> values.add(value.getAsJsonObject().get("value").getAsString()));
      }
    }
    assertThat(values).containsExactly("enterprise", "super");
  }

  /** Every bean property reachable from a properties class, nested groups walked, in kebab case. */
  private static void collect(Class<?> type, String prefix, Set<String> names) throws Exception {
    for (PropertyDescriptor descriptor : Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors()) {
      String name = prefix + "." + kebab(descriptor.getName());
      Class<?> propertyType = descriptor.getPropertyType();
      if (propertyType.getEnclosingClass() == SiviProperties.class && !propertyType.isEnum()) {
        collect(propertyType, name, names);
      } else {
        assertThat(descriptor.getWriteMethod()).as("setter of %s", name).isNotNull();
        names.add(name);
      }
    }
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static JsonObject metadata() throws Exception {
    try (InputStream in =
        ConfigurationMetadataTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the starter's configuration metadata").isNotNull();
      return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
    }
  }
}
