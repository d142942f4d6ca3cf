/**
 * The Gson adapter of sivi4j's codec port: {@link dev.sivi4j.json.gson.GsonSiviCodec#create()} returns the
 * strict codec every sivi4j transport uses by default. Gson stays an implementation detail: it reads and
 * writes through its streaming API, so no sivi4j package is opened to reflection.
 */
module dev.sivi4j.json.gson {
  requires transitive dev.sivi4j.core;
  requires com.google.gson;

  exports dev.sivi4j.json.gson;
}
