using System.Runtime.CompilerServices;

// The runtime attaches activations to grains (Grain.Context); nothing else may.
[assembly: InternalsVisibleTo("Platform.Silo.Runtime")]
