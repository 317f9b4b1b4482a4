namespace Platform.EdgeAgent.Checks;

/// <summary>Checks that the platform URL answers <c>GET /health</c> with a success status.</summary>
public static class PlatformHealthCheck
{
    public static async Task<CheckResult> RunAsync(string platformUrl, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var url = new Uri(new Uri(platformUrl.TrimEnd('/') + "/"), "health");
        var name = $"platform at {url}";
        using var http = new HttpClient { Timeout = timeout };
        try
        {
            using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? new CheckResult(name, true, $"reachable ({(int)response.StatusCode})")
                : new CheckResult(name, false, $"answered {(int)response.StatusCode} {response.ReasonPhrase}: is this the platform's URL, and is it healthy?");
        }
        catch (HttpRequestException ex)
        {
            return new CheckResult(name, false, $"cannot connect ({ex.HttpRequestError}): {ex.Message}. Check platformUrl, DNS, proxy and firewall.");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new CheckResult(name, false, $"no answer within {timeout.TotalSeconds:0} s");
        }
    }
}
