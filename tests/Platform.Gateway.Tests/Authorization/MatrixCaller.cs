using System.Security.Claims;

namespace Platform.Gateway.Tests.Authorization;

/// <summary>One row of the tenancy matrix's caller axis: the eight kinds of caller, against facility lab-a's objects.</summary>
public sealed record MatrixCaller(string Name, ClaimsPrincipal? Principal)
{
    public static MatrixCaller Anonymous { get; } = new("anonymous", null);

    public static MatrixCaller UserOfAnotherFacility { get; } = new("user of another facility", TestCallers.User("bea", "lab-b", "user", "lab"));

    public static MatrixCaller UserOfAnotherGroup { get; } = new("user of another group", TestCallers.User("carl", "lab-a", "user", "other-lab"));

    public static MatrixCaller User { get; } = new("user", TestCallers.User("alice", "lab-a", "user", "lab"));

    public static MatrixCaller Staff { get; } = new("staff", TestCallers.User("sam", "lab-a", "staff"));

    public static MatrixCaller FacilityAdmin { get; } = new("facility admin", TestCallers.User("fay", "lab-a", "facilityAdmin"));

    public static MatrixCaller AgentOfAnotherMicroscope { get; } = new("agent of another microscope", TestCallers.Agent("agent-a2", "lab-a", "scope-a2"));

    public static MatrixCaller Agent { get; } = new("agent", TestCallers.Agent("agent-a", "lab-a", "scope-a"));

    public static IReadOnlyList<MatrixCaller> All { get; } =
        [Anonymous, UserOfAnotherFacility, UserOfAnotherGroup, User, Staff, FacilityAdmin, AgentOfAnotherMicroscope, Agent];

    public override string ToString() => Name;
}
