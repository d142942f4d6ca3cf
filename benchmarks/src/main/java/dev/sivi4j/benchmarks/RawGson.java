package dev.sivi4j.benchmarks;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What a user calling the HTTP client directly does with the JSON: builds the body as a Gson tree and
 * reads the answer with {@link JsonParser}, taking the fields a caller needs. The raw contenders of
 * the load harness and the raw baselines of the JMH benchmarks share it.
 */
public final class RawGson {
  private RawGson() {}

  /**
   * The request body of a workload.
   *
   * @param workload the workload
   * @return JSON text
   */
  public static String requestBody(Workload workload) {
    JsonObject body = new JsonObject();
    body.addProperty("abstractUserId", WireSamples.USER_ID);
    if (workload == Workload.SET_CREDIT_LIMIT) {
      body.addProperty("creditLimit", WireSamples.CREDIT_LIMIT);
    }
    return body.toString();
  }

  /**
   * Parses an answer, checks its envelope status and reads the fields of the success body.
   *
   * @param workload the workload
   * @param json the response text
   * @return a value computed from every field read, so nothing is optimised away
   * @throws IllegalStateException if the answer is not a success
   */
  public static long readResponse(Workload workload, String json) {
    JsonObject root = JsonParser.parseString(json).getAsJsonObject();
    int status = root.get("status").getAsInt();
    if (status != 200) {
      throw new IllegalStateException("the server answered with status " + status);
    }
    JsonObject body = root.getAsJsonObject("body");
    return switch (workload) {
      case LOGIN_USER -> body.get("accessToken").getAsString().length()
          + body.get("refreshToken").getAsString().length()
          + body.get("workspaceId").getAsString().length();
      case SET_CREDIT_LIMIT -> body.get("message").getAsString().length();
      case ACCOUNT_ANALYSIS -> analysis(body);
    };
  }

  private static long analysis(JsonObject body) {
    long sum = summary(body.getAsJsonObject("yearlyAnalysis"));
    for (JsonElement month : body.getAsJsonArray("monthlyAnalysis")) {
      sum += summary(month.getAsJsonObject());
    }
    JsonObject balance = body.getAsJsonObject("creditBalance");
    return sum
        + balance.get("availableCredits").getAsLong()
        + balance.get("usedCredits").getAsLong()
        + body.get("lastAccessed").getAsLong();
  }

  private static long summary(JsonObject summary) {
    return summary.get("numberOfGeneratedDesignVariations").getAsLong()
        + summary.get("numberOfEditedDesigns").getAsLong()
        + summary.get("numberOfDownloadedDesigns").getAsLong()
        + summary.get("numberOfMedia").getAsLong()
        + summary.get("mediaSize").getAsString().length();
  }
}
