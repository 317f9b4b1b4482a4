namespace Platform.EdgeAgent.Checks;

/// <summary>The outcome of one connection check: what was checked, whether it works, and what to do if not.</summary>
public sealed record CheckResult(string Name, bool Ok, string Detail)
{
    public override string ToString() => $"{(Ok ? "OK  " : "FAIL")} {Name}: {Detail}";
}
