namespace Platform.Grains.Identity;

/// <summary>
/// What a client credential is for: an edge agent acting for one microscope, or a results client (an external pipeline
/// such as RELION or cryoSPARC) posting per-micrograph results for its facility's sessions under its own name.
/// </summary>
public enum ClientKind
{
    Agent,
    Results,
}
