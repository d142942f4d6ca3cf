package dev.sivi4j.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * The response bodies the benchmarks answer with, as the service documents them (reference
 * sivi-api.md sections 2, 4, 10 and 11), so every contender reads exactly the same bytes.
 */
public final class WireSamples {
  /** The user id every benchmark call is about. */
  public static final String USER_ID = "user-12345";

  /** The credit limit every set-user-credit-limit call sets. */
  public static final long CREDIT_LIMIT = 100;

  /** login-user success, section 2. */
  public static final String LOGIN_USER =
      "{\"status\":200,\"body\":{"
          + "\"accessToken\":\"97026520-1f1b-11f0-ada0-01392001fe46\","
          + "\"refreshToken\":\"2342342-1f1b-11f0-ada0-01392001fe46\","
          + "\"workspaceId\":\"765634-2322-34i44sd3-dkfjgdkjf292\"}}";

  /** set-user-credit-limit success, section 4. */
  public static final String SET_CREDIT_LIMIT =
      "{\"status\":200,\"body\":{\"message\":\"Credit limit set successfully.\"}}";

  /** account-analysis success, section 10. */
  public static final String ACCOUNT_ANALYSIS =
      "{\"status\":200,\"body\":{"
          + "\"yearlyAnalysis\":{\"numberOfGeneratedDesignVariations\":254,\"numberOfEditedDesigns\":46,"
          + "\"numberOfDownloadedDesigns\":24,\"numberOfMedia\":25,\"mediaSize\":\"25Mb\"},"
          + "\"monthlyAnalysis\":[{\"numberOfGeneratedDesignVariations\":54,\"numberOfEditedDesigns\":16,"
          + "\"numberOfDownloadedDesigns\":4,\"numberOfMedia\":250,\"mediaSize\":\"2Mb\"}],"
          + "\"creditBalance\":{\"availableCredits\":100,\"usedCredits\":20},"
          + "\"lastAccessed\":1325312222}}";

  /** export-data success, section 11. */
  public static final String EXPORT_DATA =
      "{\"status\":200,\"body\":{"
          + "\"variants\":[{\"variantImageUrl\":\"https://resources.hellosivi.com/user-data/"
          + "e5ef6aa0-8d6c-11ec-bd33-8d2f1bec7c21/generated/sg0yMSZzNnU--97026520-1f1b-11f0-ada0-01392001fe46"
          + "--sh0V7MlzOPm.jpg\","
          + "\"variantEditLink\":\"https://instant.sivi.ai/#/variant/sh0V7MlzOPm/independent-design-editor"
          + "?type=edited\","
          + "\"variantId\":\"sh0V7MlzOPm\",\"variantWidth\":1080,\"variantHeight\":1080}],"
          + "\"media\":[{\"url\":\"https://resources.hellosivi.com/user-data/e5ef6aa0-8d6c-11ec-bd33-8d2f1bec7c21"
          + "/generated/media-1.jpg\",\"type\":\"photo\"}],"
          + "\"content\":[{\"title\":\"heading\",\"subtitle\":\"subtitle for this snippet\","
          + "\"bulletlist\":[\"1\",\"2\"]}],"
          + "\"next\":0}}";

  /** The documented 400 of an unknown user (section 4), for the error path. */
  public static final String USER_NOT_FOUND = "{\"status\":400,\"body\":{\"message\":\"User does not exists\"}}";

  /** What the stub answers for a path it does not know. */
  public static final String NOT_FOUND = "{\"status\":404,\"body\":{\"message\":\"Not found\"}}";

  private WireSamples() {}

  /**
   * The UTF-8 bytes of a sample.
   *
   * @param sample one of the constants
   * @return a fresh array
   */
  public static byte[] bytes(String sample) {
    return sample.getBytes(StandardCharsets.UTF_8);
  }
}
