using System.Text.Json;
using Platform.Gateway.Tests.Schema;
using Platform.Grains.Bookings;
using Platform.Grains.Sessions;

namespace Platform.Gateway.Tests.Authorization;

/// <summary>
/// Lists are restricted in the index query (item 3 of issue 4): staff see every session and booking of their facility,
/// users those of their groups, an agent its microscope's sessions, another facility nothing; <c>totalCount</c> (counted by
/// the index with the same conditions) proves the rows were never loaded and dropped afterwards.
/// </summary>
public sealed class ListScopeTests
{
    private const string Lists = """
        { facility(key: "lab-a") { sessions(first: 50) { totalCount nodes { key } } bookings(first: 50) { totalCount nodes { key } } microscopes { totalCount nodes { key } } }
          facilities { totalCount nodes { key } } }
        """;

    [Fact]
    public async Task Staff_see_the_whole_facility_users_their_groups_agents_their_microscope_and_outsiders_nothing()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var today = new DateTimeOffset(PlatformSchemaHarness.Start.Date, TimeSpan.Zero);
        await harness.Silo.Grains.GetGrain<IBookingGrain>("booking-a-other").CreateAsync(
            new BookingRequest("scope-a", "carl", "other-lab", today, today.AddDays(1), BookingType.Booking, "Other lab"));
        await harness.Silo.Grains.GetGrain<ISessionGrain>("session-a-other").CreateAsync(
            new CreateSessionRequest("booking-a-other", "carl", "other", "other-lab", "k3", null, null, RequestedByStaff: false));

        var staff = await ListsAsAsync(harness, TestCallers.User("sam", "lab-a", "staff"));
        Assert.Equal(["session-a", "session-a-other"], Keys(staff, "sessions").Order());
        Assert.Equal(["booking-a", "booking-a-other"], Keys(staff, "bookings").Order());
        Assert.Equal(["lab-a"], Facilities(staff));

        var user = await ListsAsAsync(harness, TestCallers.User("alice", "lab-a", "user", "lab"));
        Assert.Equal(["session-a"], Keys(user, "sessions"));
        Assert.Equal(["booking-a"], Keys(user, "bookings"));
        Assert.Equal(["scope-a"], Keys(user, "microscopes"));

        var otherGroup = await ListsAsAsync(harness, TestCallers.User("carl", "lab-a", "user", "other-lab"));
        Assert.Equal(["session-a-other"], Keys(otherGroup, "sessions"));
        Assert.Equal(["booking-a-other"], Keys(otherGroup, "bookings"));

        var agent = await ListsAsAsync(harness, TestCallers.Agent("agent-a", "lab-a", "scope-a"));
        Assert.Equal(["session-a", "session-a-other"], Keys(agent, "sessions").Order());
        Assert.Empty(Keys(agent, "bookings"));
        Assert.Equal(["scope-a"], Keys(agent, "microscopes"));

        var outsider = await ListsAsAsync(harness, TestCallers.User("bea", "lab-b", "staff", "lab"));
        Assert.Equal(JsonValueKind.Null, outsider.GetProperty("facility").ValueKind);
        Assert.Equal(["lab-b"], Facilities(outsider));

        var admin = await ListsAsAsync(harness, TestCallers.PlatformAdmin);
        Assert.Equal(["lab-a", "lab-b"], Facilities(admin));
    }

    private static async Task<JsonElement> ListsAsAsync(PlatformSchemaHarness harness, System.Security.Claims.ClaimsPrincipal caller)
    {
        var response = await harness.RunAsAsync(caller, Lists);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }

    /// <summary>The keys of one of lab-a's lists, checking that totalCount (from the index) agrees with what was returned.</summary>
    private static List<string> Keys(JsonElement data, string list)
    {
        var connection = data.GetProperty("facility").GetProperty(list);
        var keys = connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()!).ToList();
        Assert.Equal(keys.Count, connection.GetProperty("totalCount").GetInt32());
        return keys;
    }

    private static List<string> Facilities(JsonElement data)
    {
        var connection = data.GetProperty("facilities");
        var keys = connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()!).Order().ToList();
        Assert.Equal(keys.Count, connection.GetProperty("totalCount").GetInt32());
        return keys;
    }
}
