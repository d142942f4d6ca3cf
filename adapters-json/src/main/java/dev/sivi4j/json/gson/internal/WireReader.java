package dev.sivi4j.json.gson.internal;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.sivi4j.error.CodecException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A strict {@link JsonReader} with the checks every Sivi response needs: bounded nesting, no key twice
 * in one object, whole numbers in range, required fields, and messages that name the field that was wrong (never echoing
 * the body). All Gson failures surface as {@link CodecException}.
 */
final class WireReader {
  /** Far deeper than any Sivi response; hostile input fails here instead of exhausting the stack. */
  static final int NESTING_LIMIT = 32;

  private static final int MAX_PROBLEM_LENGTH = 160;

  private final JsonReader json;

  /**
   * The keys seen so far in each open object, by depth (index 0 the outermost). The key set of a depth
   * is reused by the next object there, so a body costs one small array per nesting level.
   */
  private Keys[] open = new Keys[4];

  private int depth;

  /**
   * The keys of one open object: a linear scan over a few (Sivi objects have at most eight), a hash set
   * only for an object with many, so a hostile body with thousands of keys is not quadratic.
   */
  private static final class Keys {
    private static final int SMALL = 8;

    private final String[] small = new String[SMALL];
    private int size;
    private @Nullable Set<String> many;
    private String label = "";

    void reset(String newLabel) {
      label = newLabel;
      size = 0;
      many = null;
    }

    boolean add(String name) {
      Set<String> set = many;
      if (set != null) {
        return set.add(name);
      }
      for (int i = 0; i < size; i++) {
        if (small[i].equals(name)) {
          return false;
        }
      }
      if (size < SMALL) {
        small[size++] = name;
        return true;
      }
      Set<String> grown = new HashSet<>(List.of(small));
      grown.add(name);
      many = grown;
      return true;
    }
  }

  private WireReader(JsonReader json) {
    this.json = json;
  }

  static WireReader of(String text) {
    JsonReader reader = new JsonReader(new StringReader(text));
    reader.setStrictness(Strictness.STRICT);
    reader.setNestingLimit(NESTING_LIMIT);
    return new WireReader(reader);
  }

  static WireReader of(byte[] utf8) {
    return of(new String(utf8, StandardCharsets.UTF_8));
  }

  /** Reads one value with this reader, turning every Gson and parsing failure into a {@link CodecException}. */
  <T> T read(String what, Body<T> body) throws CodecException {
    try {
      return body.read(this);
    } catch (MalformedJsonException | IllegalStateException | NumberFormatException | JsonParseException e) {
      throw new CodecException(what + " is not valid JSON of the expected shape: " + problem(e), e);
    } catch (IOException e) {
      throw new CodecException(what + " could not be read: " + problem(e), e);
    } catch (IllegalArgumentException e) {
      throw new CodecException(what + " has an invalid value: " + problem(e), e);
    }
  }

  /**
   * A parser failure's description, bounded and without Gson's JSON path or troubleshooting link: the
   * path repeats object names from the body, which can be of any length.
   */
  private static String problem(Exception e) {
    String text = String.valueOf(e.getMessage());
    int lineBreak = text.indexOf('\n');
    if (lineBreak >= 0) {
      text = text.substring(0, lineBreak);
    }
    int path = text.indexOf(" path $");
    if (path >= 0) {
      text = text.substring(0, path);
    }
    return text.length() <= MAX_PROBLEM_LENGTH ? text : text.substring(0, MAX_PROBLEM_LENGTH) + "...";
  }

  /** Reads a value from a reader; may throw Gson's own exceptions, which {@link #read} maps. */
  @FunctionalInterface
  interface Body<T> {
    T read(WireReader reader) throws IOException, CodecException;
  }

  JsonReader json() {
    return json;
  }

  JsonToken peek() throws IOException {
    return json.peek();
  }

  void expectEnd() throws IOException, CodecException {
    if (json.peek() != JsonToken.END_DOCUMENT) {
      throw new CodecException("trailing data after the JSON document", null);
    }
  }

  String string(String field) throws IOException, CodecException {
    if (json.peek() != JsonToken.STRING) {
      throw new CodecException(field + " must be a string (was " + describe(json.peek()) + ")", null);
    }
    return json.nextString();
  }

  /** A whole number between {@code min} and {@code max}, inclusive. */
  long wholeNumber(String field, long min, long max) throws IOException, CodecException {
    if (json.peek() != JsonToken.NUMBER) {
      throw new CodecException(field + " must be a number (was " + describe(json.peek()) + ")", null);
    }
    String text = json.nextString();
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new CodecException(field + " must be a whole number within range (was " + abbreviate(text) + ")", e);
    }
    if (value < min || value > max) {
      throw new CodecException(field + " must be between " + min + " and " + max + " (was " + value + ")", null);
    }
    return value;
  }

  List<String> strings(String field) throws IOException, CodecException {
    List<String> values = new ArrayList<>();
    beginArray(field);
    for (int i = 0; json.hasNext(); i++) {
      try {
        values.add(string(""));
      } catch (CodecException e) {
        throw within(field, i, e);
      }
    }
    json.endArray();
    return values;
  }

  /**
   * A failure inside an array element or a nested object, read with field names relative to it, placed
   * under the element's path. Paths are built here, on failure, so a good body costs no strings.
   *
   * @param parent the path of the object or array, such as {@code body.monthlyAnalysis}
   * @param index the element's index, or -1 for an object
   * @param relative the failure, its message starting with the relative field name (or empty)
   */
  static CodecException within(String parent, int index, CodecException relative) {
    String path = index < 0 ? parent : parent + "[" + index + "]";
    String message = String.valueOf(relative.getMessage());
    String separator = message.startsWith(" ") ? "" : ".";
    return new CodecException(path + separator + message, relative.getCause());
  }

  void beginObject(String field) throws IOException, CodecException {
    if (json.peek() != JsonToken.BEGIN_OBJECT) {
      throw new CodecException(field + " must be an object (was " + describe(json.peek()) + ")", null);
    }
    json.beginObject();
    openObject(field);
  }

  private void openObject(String label) {
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
    }
    Keys keys = open[depth];
    if (keys == null) {
      keys = new Keys();
      open[depth] = keys;
    }
    keys.reset(label);
    depth++;
  }

  /**
   * The next key of the object being read. A key the object already had is malformed: JSON leaves
   * duplicates undefined, and reading the first or the last would be a guess.
   */
  String nextName() throws IOException, CodecException {
    String name = json.nextName();
    if (depth > 0 && !open[depth - 1].add(name)) {
      // The key itself is not quoted: error messages never echo the body.
      throw new CodecException(open[depth - 1].label + " has the same key twice", null);
    }
    return name;
  }

  /** Ends the object being read. */
  void endObject() throws IOException {
    json.endObject();
    depth--;
  }

  void beginArray(String field) throws IOException, CodecException {
    if (json.peek() != JsonToken.BEGIN_ARRAY) {
      throw new CodecException(field + " must be an array (was " + describe(json.peek()) + ")", null);
    }
    json.beginArray();
  }

  /**
   * Skips the next value, checking it as strictly as a value that is read: Gson's own {@code
   * skipValue()} passes over strings without the strict checks (raw control characters, unpaired
   * surrogates). Iterative, and bounded by the nesting limit like any other read.
   */
  void skipValue() throws IOException, CodecException {
    int level = 0;
    do {
      switch (json.peek()) {
        case BEGIN_ARRAY -> {
          json.beginArray();
          level++;
        }
        case BEGIN_OBJECT -> {
          json.beginObject();
          openObject("a nested object");
          level++;
        }
        case END_ARRAY -> {
          json.endArray();
          level--;
        }
        case END_OBJECT -> {
          endObject();
          level--;
        }
        case NAME -> nextName();
        case STRING, NUMBER -> json.nextString();
        case BOOLEAN -> json.nextBoolean();
        case NULL -> json.nextNull();
        case END_DOCUMENT -> throw new MalformedJsonException("a value is missing at the end of the document");
      }
    } while (level > 0);
  }

  /** Whether the next value is JSON null, consuming it if so. */
  boolean skipNull() throws IOException {
    if (json.peek() == JsonToken.NULL) {
      json.nextNull();
      return true;
    }
    return false;
  }

  static <T> T require(@Nullable T value, String field) throws CodecException {
    if (value == null) {
      throw new CodecException(field + " is missing", null);
    }
    return value;
  }

  private static String describe(JsonToken token) {
    return token.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String abbreviate(String text) {
    return text.length() <= 24 ? text : text.substring(0, 20) + "... (" + text.length() + " characters)";
  }
}
