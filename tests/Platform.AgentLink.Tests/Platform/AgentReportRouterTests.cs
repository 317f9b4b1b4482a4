using Platform.Gateway.Agents.Reports;
using Platform.Grains;
using Platform.Grains.Bookings;
using Platform.Grains.Facilities;
using Platform.Grains.Grids;
using Platform.Grains.Microscopes;
using Platform.Grains.Sessions;
using Platform.Testing;

namespace Platform.AgentLink.Tests.Platform;

/// <summary>The report router in process: a microscope's agent cannot touch another microscope's sessions.</summary>
public sealed class AgentReportRouterTests
{
    [Fact]
    public async Task A_report_for_a_session_on_another_microscope_is_rejected_and_changes_nothing()
    {
        await using var silo = await TestSilo.StartAsync(typeof(SessionGrain).Assembly, indexTables: PlatformIndexes.All, configure: services => services.AddFileSystemSessionData(TimeProvider.System));
        var grains = silo.Grains;
        await grains.GetGrain<IFacilityGrain>("fac").ConfigureAsync(new FacilitySettings("Facility", new RetentionPolicy(30, 7), new CollectionParameters()));
        foreach (var scope in new[] { "scope-a", "scope-b" })
        {
            await grains.GetGrain<IMicroscopeGrain>(scope).RegisterAsync(new MicroscopeRegistration("fac", scope, "Krios", [new Detector("k3", "K3", "Gatan K3", DetectorVendor.Gatan)], HasEnergyFilter: true));
        }

        var today = DateTimeOffset.UtcNow;
        await grains.GetGrain<IBookingGrain>("booking").CreateAsync(new BookingRequest("scope-a", "alice", "lab", today.AddHours(-1), today.AddHours(8), BookingType.Booking, "Screening"));
        var session = grains.GetGrain<ISessionGrain>("session-a");
        await session.CreateAsync(new CreateSessionRequest("booking", "alice", "apo", "lab", "k3", null, null, RequestedByStaff: true));
        await session.AddGridAsync(new GridSetup(1, "apo_1", "R1.2/1.3", 300, MeshMaterial.Gold));
        Dictionary<string, object?> Log(string key) => new()
        {
            ["log"] = new Dictionary<string, object?> { ["idempotencyKey"] = key, ["sessionId"] = "session-a", ["occurredAt"] = "2026-11-21T10:00:00Z", ["panel"] = LogPanel.Queue, ["message"] = "hello" },
        };

        var wrong = await new AgentReportRouter(grains, "scope-b").ApplyAsync(Log("k1"));
        var unknown = await new AgentReportRouter(grains, "scope-b").ApplyAsync(new Dictionary<string, object?>
        {
            ["log"] = new Dictionary<string, object?> { ["idempotencyKey"] = "k0", ["sessionId"] = "session-x", ["occurredAt"] = "2026-11-21T10:00:00Z", ["panel"] = LogPanel.Queue, ["message"] = "hello" },
        });
        var right = await new AgentReportRouter(grains, "scope-a").ApplyAsync(Log("k1"));

        Assert.Equal(AgentReportStatus.Rejected, wrong.Status);
        Assert.Equal(ReportRejectedException.UnknownSession, wrong.Code);
        Assert.Equal("No session 'session-a'.", wrong.Message);
        Assert.Equal((unknown.Status, unknown.Code, "No session 'session-x'."), (wrong.Status, wrong.Code, unknown.Message));
        Assert.Equal(AgentReportStatus.Applied, right.Status);
    }
}
