using Platform.Grains.Grids;
using Platform.Grains.Sessions;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Bench;

/// <summary>What <see cref="SessionsPageFloor"/> reads for the benchmark's sessions page, and the instant its <c>daysLeft</c> is counted at.</summary>
public sealed record SessionsPageData(string FacilityName, IndexPage Page, long TotalCount, SessionView[] Sessions, GridView[] Grids, DateTimeOffset NowUtc);
