namespace Platform.Identity.Claims;

/// <summary>Who is calling: nobody signed in, a person, an edge agent, or a results client (an external pipeline).</summary>
public enum CallerKind
{
    Anonymous,
    User,
    Agent,
    ResultsClient,
}
