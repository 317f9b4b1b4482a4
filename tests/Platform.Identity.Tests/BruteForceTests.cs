using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Identity;
using Platform.Identity.Accounts;

namespace Platform.Identity.Tests;

/// <summary>Repeated wrong passwords lock the account (even against the right password); the token endpoint answers 429 past its per-IP budget.</summary>
public sealed class BruteForceTests
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_until_a_password_reset()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        var userId = await host.CreateUserAsync("fay@lab.test", (IdentityHost.FacilityId, FacilityRole.User));

        for (var i = 0; i < 4; i++)
        {
            var (status, body) = await host.PasswordGrantAsync("fay@lab.test", "wrong password " + i);
            Assert.Equal(400, status);
            Assert.Contains("wrong", body.GetProperty("error_description").GetString());
        }

        var (fifth, fifthBody) = await host.PasswordGrantAsync("fay@lab.test", "wrong password 5");
        Assert.Equal(400, fifth);
        Assert.Contains("locked", fifthBody.GetProperty("error_description").GetString());
        var (right, rightBody) = await host.PasswordGrantAsync("fay@lab.test");
        Assert.Equal(400, right);
        Assert.Contains("locked", rightBody.GetProperty("error_description").GetString());

        var token = await host.WithScopeAsync(s => s.GetRequiredService<AccountDirectory>().IssuePasswordResetAsync(userId));
        var (reset, _) = await host.SendAsync(HttpMethod.Post, "/account/reset-password", null, new { email = "fay@lab.test", token, newPassword = "a brand new passphrase" });
        Assert.Equal(204, reset);
        Assert.Equal(200, (await host.PasswordGrantAsync("fay@lab.test", "a brand new passphrase")).Status);
    }

    [Fact]
    public async Task Parallel_wrong_passwords_are_all_counted()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("gil@lab.test", (IdentityHost.FacilityId, FacilityRole.User));

        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => host.PasswordGrantAsync("gil@lab.test", "guess " + i)));

        var (status, body) = await host.PasswordGrantAsync("gil@lab.test");
        Assert.Equal(400, status);
        Assert.Contains("locked", body.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task The_token_endpoint_answers_429_past_its_per_client_budget()
    {
        await using var host = await IdentityHost.StartSqliteAsync(new TokenServiceOptions { TokenRequestsPerMinute = 3 });

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await host.PasswordGrantAsync("nobody@lab.test", "x")).Status);
        }

        Assert.Equal([400, 400, 400, 429], statuses);
        using var response = await host.Http.PostAsync("/connect/revocation", new FormUrlEncodedContent([KeyValuePair.Create("token", "rt.x")]), TestContext.Current.CancellationToken);
        Assert.Equal(429, (int)response.StatusCode);
        Assert.Equal("60", response.Headers.RetryAfter?.ToString());
    }
}
