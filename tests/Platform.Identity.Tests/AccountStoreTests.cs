using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Errors;
using Platform.Grains.Identity;
using Platform.Identity.Accounts;
using Platform.Testing;

namespace Platform.Identity.Tests;

/// <summary>Accounts on both storage providers: UserManager over the grains, unique e-mails, index-table lists, memberships and groups.</summary>
public sealed class AccountStoreTests(PostgresCluster postgres)
{
    public static TheoryData<string> Storages => ["sqlite", "postgres"];

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task A_created_user_is_found_by_email_in_any_case_and_its_password_is_hashed(string storage)
    {
        await using var host = await IdentityHost.StartAsync(storage, postgres);
        var userId = await host.CreateUserAsync("Hana@Lab.test");

        var (found, hash, ok, wrong) = await host.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<PlatformUser>>();
            var user = await users.FindByEmailAsync("hana@lab.TEST");
            return (user, user?.PasswordHash, await users.CheckPasswordAsync(user!, IdentityHost.Password), await users.CheckPasswordAsync(user!, "not the password"));
        });

        Assert.Equal(userId, found?.Id);
        Assert.DoesNotContain(IdentityHost.Password, hash);
        Assert.True(ok);
        Assert.False(wrong);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Concurrent_sign_ups_with_one_address_create_exactly_one_user(string storage)
    {
        await using var host = await IdentityHost.StartAsync(storage, postgres);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => host.WithScopeAsync(async s =>
        {
            try
            {
                await s.GetRequiredService<AccountDirectory>().CreateUserAsync(new NewUser(i % 2 == 0 ? "ivy@lab.test" : "IVY@lab.test", "Ivy " + i, IdentityHost.Password));
                return true;
            }
            catch (InvalidInputException error)
            {
                Assert.Equal("email", error.Errors[0].Field);
                return false;
            }
        })));

        Assert.Equal(1, results.Count(created => created));
        var count = await host.Services.GetRequiredService<Platform.Runtime.Indexing.IIndexReader>()
            .CountAsync(IdentityIndex.UsersTable, [new(IdentityIndex.NormalizedEmail, Platform.Runtime.Indexing.IndexOperator.Equal, "IVY@LAB.TEST")], TestContext.Current.CancellationToken);
        Assert.Equal(1, count);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Members_and_groups_are_listed_from_the_index_tables(string storage)
    {
        await using var host = await IdentityHost.StartAsync(storage, postgres);
        var pi = await host.CreateUserAsync("pi@lab.test", (IdentityHost.FacilityId, FacilityRole.User));
        var student = await host.CreateUserAsync("student@lab.test", (IdentityHost.FacilityId, FacilityRole.User), (IdentityHost.OtherFacilityId, FacilityRole.Staff));
        var outsider = await host.CreateUserAsync("outsider@lab.test", (IdentityHost.OtherFacilityId, FacilityRole.User));

        var (members, groups, refused) = await host.WithScopeAsync(async s =>
        {
            var accounts = s.GetRequiredService<AccountDirectory>();
            var group = await accounts.CreateGroupAsync(IdentityHost.FacilityId, "Structural lab", pi);
            await accounts.AddGroupMemberAsync(group.Id, student);
            var error = await Assert.ThrowsAsync<InvalidInputException>(() => accounts.AddGroupMemberAsync(group.Id, outsider));
            await accounts.SetMembershipAsync(pi, IdentityHost.FacilityId, FacilityRole.Staff);
            await accounts.RemoveMembershipAsync(student, IdentityHost.OtherFacilityId);
            var ct = TestContext.Current.CancellationToken;
            return (await accounts.MembersOfAsync(IdentityHost.FacilityId, ct), (await accounts.GroupIdsOfAsync(student, ct), group.Id), error);
        });

        Assert.Equal([new FacilityMember(pi, FacilityRole.Staff), new FacilityMember(student, FacilityRole.User)], members.OrderBy(m => m.UserId == pi ? 0 : 1));
        Assert.Equal([groups.Item2], groups.Item1);
        Assert.Equal("userId", refused.Errors[0].Field);
        var otherMembers = await host.WithScopeAsync(s => s.GetRequiredService<AccountDirectory>().MembersOfAsync(IdentityHost.OtherFacilityId, CancellationToken.None));
        Assert.Equal([outsider], otherMembers.Select(m => m.UserId));
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task A_stale_update_is_refused_and_changes_nothing(string storage)
    {
        await using var host = await IdentityHost.StartAsync(storage, postgres);
        var userId = await host.CreateUserAsync("jo@lab.test");

        var (first, second, stored) = await host.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<PlatformUser>>();
            var a = (await users.FindByIdAsync(userId))!;
            var b = (await users.FindByIdAsync(userId))!;
            a.DisplayName = "Jo A";
            b.DisplayName = "Jo B";
            return (await users.UpdateAsync(a), await users.UpdateAsync(b), (await users.FindByIdAsync(userId))!.DisplayName);
        });

        Assert.True(first.Succeeded);
        Assert.Equal(nameof(IdentityErrorDescriber.ConcurrencyFailure), Assert.Single(second.Errors).Code);
        Assert.Equal("Jo A", stored);
    }

    [Fact]
    public async Task Weak_passwords_and_bad_addresses_are_refused_with_field_errors_and_nothing_is_created()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.WithScopeAsync(async s =>
        {
            var accounts = s.GetRequiredService<AccountDirectory>();
            var weak = await Assert.ThrowsAsync<InvalidInputException>(() => accounts.CreateUserAsync(new NewUser("kim@lab.test", "Kim", "short")));
            Assert.Equal("password", weak.Errors[0].Field);
            var bad = await Assert.ThrowsAsync<InvalidInputException>(() => accounts.CreateUserAsync(new NewUser("not an address", "Kim", IdentityHost.Password)));
            Assert.Equal("email", bad.Errors[0].Field);
            Assert.Null(await accounts.FindByEmailAsync("kim@lab.test"));

            // The address was not left claimed: it can be registered now.
            await accounts.CreateUserAsync(new NewUser("kim@lab.test", "Kim", IdentityHost.Password));
            return true;
        });
    }

    [Fact]
    public async Task An_invitation_token_sets_the_first_password_once_and_expires()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        var (invited, late) = await host.WithScopeAsync(async s =>
        {
            var accounts = s.GetRequiredService<AccountDirectory>();
            var created = await accounts.CreateUserAsync(new NewUser("lee@lab.test", "Lee"));
            var other = await accounts.CreateUserAsync(new NewUser("mo@lab.test", "Mo"));
            return (created, other);
        });
        Assert.Null(invited.User.Account.PasswordHash);
        Assert.Equal(400, (await host.PasswordGrantAsync("lee@lab.test", "anything at all")).Status);

        var reset = new { email = "lee@lab.test", token = invited.InvitationToken, newPassword = "lee's first passphrase" };
        Assert.Equal(204, (await host.SendAsync(HttpMethod.Post, "/account/reset-password", null, reset)).Status);
        Assert.Equal(200, (await host.PasswordGrantAsync("lee@lab.test", "lee's first passphrase")).Status);
        var (reuse, reuseBody) = await host.SendAsync(HttpMethod.Post, "/account/reset-password", null, reset with { newPassword = "someone else's pass" });
        Assert.Equal(400, reuse);
        Assert.Equal("token", reuseBody.GetProperty("errors")[0].GetProperty("field").GetString());

        host.Clock.Advance(TimeSpan.FromHours(24));
        var expired = new { email = "mo@lab.test", token = late.InvitationToken, newPassword = "mo's first passphrase" };
        Assert.Equal(400, (await host.SendAsync(HttpMethod.Post, "/account/reset-password", null, expired)).Status);
    }

    [Fact]
    public async Task An_address_left_claimed_by_a_user_never_created_is_taken_over_after_five_minutes()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        // What a process killed between the two writes of a sign-up leaves behind.
        await host.Grains.GetGrain<IUserEmailGrain>("NED@LAB.TEST").ClaimAsync("u-never-created");
        var accounts = (IServiceProvider s) => s.GetRequiredService<AccountDirectory>();

        var early = await host.WithScopeAsync(s => Assert.ThrowsAsync<InvalidInputException>(() => accounts(s).CreateUserAsync(new NewUser("ned@lab.test", "Ned", IdentityHost.Password))));
        Assert.Equal("email", early.Errors[0].Field);

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var created = await host.WithScopeAsync(s => accounts(s).CreateUserAsync(new NewUser("ned@lab.test", "Ned", IdentityHost.Password)));
        Assert.Equal(created.User.Account.Id, await host.Grains.GetGrain<IUserEmailGrain>("NED@LAB.TEST").GetOwnerAsync());
    }
}
