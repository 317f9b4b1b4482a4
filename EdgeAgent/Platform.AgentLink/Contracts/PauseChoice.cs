namespace Platform.AgentLink.Contracts;

/// <summary>Answers to the pause prompt (SmartScope: "continue current grid" / "next grid").</summary>
public enum PauseChoice
{
    ContinueCurrentGrid,
    NextGrid,
}
