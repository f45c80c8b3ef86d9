using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ZoneLint.Benchmarks;

/// <summary>MB/s, records/s and bytes allocated per record, from the mean time and the size of the zone measured.</summary>
public sealed class ThroughputColumns : IColumn
{
    // Sizes are known in the benchmark process; the host process regenerates them (the generator is deterministic).
    private static readonly ConcurrentDictionary<int, long> BytesByRecords = new();

    private readonly string _name;

    private ThroughputColumns(string name) => _name = name;

    public static IEnumerable<IColumn> All { get; } = new IColumn[]
    {
        new ThroughputColumns("MB/s"), new ThroughputColumns("records/s"), new ThroughputColumns("B/record"),
    };

    public static void Register(int records, long bytes) => BytesByRecords[records] = bytes;

    public string Id => "ZoneLint." + _name;
    public string ColumnName => _name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => _name switch
    {
        "MB/s" => "Zone-file megabytes (10^6 bytes) per second",
        "records/s" => "Records per second",
        _ => "Bytes allocated per record",
    };

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics == null) return "-";
        int records = (int)benchmarkCase.Parameters["Records"];
        long bytes = BytesByRecords.GetOrAdd(records, r => GeneratedZone.Create(r).Bytes.Length);
        double seconds = report.ResultStatistics.Mean / 1e9;
        return _name switch
        {
            "MB/s" => (bytes / 1e6 / seconds).ToString("F1", CultureInfo.InvariantCulture),
            "records/s" => (records / seconds).ToString("N0", CultureInfo.InvariantCulture),
            _ => (report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is long allocated
                ? (allocated / (double)records).ToString("F0", CultureInfo.InvariantCulture) : "-"),
        };
    }
}
