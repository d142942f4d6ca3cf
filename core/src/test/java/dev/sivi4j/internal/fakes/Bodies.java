package dev.sivi4j.internal.fakes;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Response bodies in the documented envelope, as {@link FakeCodec} reads them. */
public final class Bodies {
  private Bodies() {}

  /**
   * {@code {"status": status, "body": {"message": message}}}.
   *
   * @param status the envelope status
   * @param message the message
   * @return the JSON
   */
  public static String message(int status, String message) {
    return "{\"status\":" + status + ",\"body\":{\"message\":" + quote(message) + "}}";
  }

  /**
   * A login-user success.
   *
   * @param workspaceId the workspace
   * @param accessToken the access token
   * @param refreshToken the refresh token
   * @return the JSON
   */
  public static String login(String workspaceId, String accessToken, String refreshToken) {
    return "{\"status\":200,\"body\":{\"workspaceId\":"
        + quote(workspaceId)
        + ",\"accessToken\":"
        + quote(accessToken)
        + ",\"refreshToken\":"
        + quote(refreshToken)
        + "}}";
  }

  /**
   * An export-data success with the given variants.
   *
   * @param more whether {@code next} is 1
   * @param variantIds the variant ids
   * @return the JSON
   */
  public static String export(boolean more, String... variantIds) {
    String variants =
        Arrays.stream(variantIds).map(id -> "{\"variantId\":" + quote(id) + "}").collect(Collectors.joining(","));
    return "{\"status\":200,\"body\":{\"variants\":[" + variants + "],\"media\":[],\"content\":[],\"next\":"
        + (more ? 1 : 0)
        + "}}";
  }

  /**
   * An account-analysis success.
   *
   * @param availableCredits the credits left
   * @return the JSON
   */
  public static String analysis(long availableCredits) {
    return "{\"status\":200,\"body\":{\"yearlyAnalysis\":{},\"monthlyAnalysis\":[],\"availableCredits\":"
        + availableCredits
        + "}}";
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
