using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using ARSoft.Tools.Net.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ArDomainName = ARSoft.Tools.Net.DomainName;
using DomainName = ZoneLint.Core.Model.DomainName;

namespace ZoneLint.Cli.Tests.Dns;

/// <summary>
/// A real DNS server on 127.0.0.1 (ARSoft.Tools.Net's DnsServer, UDP and TCP on one free port), answering
/// authoritatively from zone text read by ZoneLint's own parser. Switches make it misbehave the ways DNS does:
/// SERVFAIL, truncation over UDP, CNAMEs left for the client to chase. Every query it sees is logged.
/// </summary>
public sealed class LoopbackDnsServer : IDisposable
{
    private readonly DnsServer _server;
    private volatile ServedData _data = new(Array.Empty<ZoneParseResult>());

    public LoopbackDnsServer(params string[] zones)
    {
        Serve(zones);
        (_server, EndPoint) = StartOnFreePort();
    }

    /// <summary>UDP and TCP both listen here.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>`127.0.0.1:PORT`, as `--server` takes it.</summary>
    public string Address => $"127.0.0.1:{EndPoint.Port}";

    /// <summary>Names (absolute, any case) answered with TC=1 and no records over UDP, in full over TCP.</summary>
    public ConcurrentDictionary<DomainName, bool> TruncateOverUdp { get; } = new();

    /// <summary>Names answered with SERVFAIL.</summary>
    public ConcurrentDictionary<DomainName, bool> ServerFailure { get; } = new();

    /// <summary>False: answer a CNAME alone, as a server that does not hold the target would, so the client must ask again.</summary>
    public bool ChaseCnames { get; set; } = true;

    /// <summary>Every question received, with the transport it came over.</summary>
    public ConcurrentQueue<(TransportProtocol Transport, DomainName Name, ushort Type)> Queries { get; } = new();

    public int QueriesFor(string name, ushort type) => Queries.Count(q => q.Name == DomainName.Parse(name) && q.Type == type);

    /// <summary>Replaces what the server answers. Each zone is text whose first line is its $ORIGIN (the apex).</summary>
    public void Serve(params string[] zones) =>
        _data = new ServedData(zones.Select(z => ZoneParser.ParseText("served.zone", z, new ParseOptions { OriginIsGuess = true })).ToList());

    public void Dispose()
    {
        try
        {
            _server.Stop();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            // ARSoft cancels its listening tasks on Stop and reports the cancellation it asked for.
        }
    }

    private (DnsServer, IPEndPoint) StartOnFreePort()
    {
        for (int attempt = 0; ; attempt++)
        {
            int port = FreePort();
            var endPoint = new IPEndPoint(IPAddress.Loopback, port);
            var server = new DnsServer(new IServerTransport[] { new UdpServerTransport(endPoint), new TcpServerTransport(endPoint) });
            server.QueryReceived += (_, e) =>
            {
                e.Response = Answer((DnsMessage)e.Query, e.TransportProtocol);
                return Task.CompletedTask;
            };
            try
            {
                server.Start();
                return (server, endPoint);
            }
            catch (SocketException) when (attempt < 10)
            {
                server.Stop(); // another process took the port between the probe and the bind
            }
        }
    }

    /// <summary>A port free for both UDP and TCP, found by binding both to it.</summary>
    private static int FreePort()
    {
        while (true)
        {
            using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            int port = ((IPEndPoint)udp.Client.LocalEndPoint!).Port;
            var tcp = new TcpListener(IPAddress.Loopback, port);
            try
            {
                tcp.Start();
                return port;
            }
            catch (SocketException)
            {
            }
            finally
            {
                tcp.Stop();
            }
        }
    }

    private DnsMessage Answer(DnsMessage query, TransportProtocol transport)
    {
        var response = query.CreateResponseInstance();
        response.IsAuthoritiveAnswer = true;
        if (query.Questions.Count != 1) return Code(response, ReturnCode.FormatError);
        var question = query.Questions[0];
        var name = FromAr(question.Name);
        ushort type = (ushort)question.RecordType;
        Queries.Enqueue((transport, name, type));

        if (ServerFailure.ContainsKey(name)) return Code(response, ReturnCode.ServerFailure);
        if (transport == TransportProtocol.Udp && TruncateOverUdp.ContainsKey(name))
        {
            response.IsTruncated = true; // RFC 1035 §4.2.1, RFC 7766: the client is to ask again over TCP
            return response;
        }
        var data = _data;
        if (!data.IsAuthoritativeFor(name)) return Code(response, ReturnCode.Refused);

        var current = name;
        var seen = new HashSet<DomainName> { name };
        while (true)
        {
            var records = data.At(current);
            if (records == null) return Code(response, ReturnCode.NxDomain);
            var matching = records.Where(r => r.Type == type).ToList();
            foreach (var record in matching) response.AnswerRecords.Add(ToAr(current, record.Type, record.Rdata.Wire));
            if (matching.Count > 0 || type == RRType.CNAME) return response;
            var cname = records.FirstOrDefault(r => r.Type == RRType.CNAME);
            if (cname == null) return response; // NODATA
            response.AnswerRecords.Add(ToAr(current, RRType.CNAME, cname.Rdata.Wire));
            current = cname.Rdata.Names[0].Name;
            if (!ChaseCnames || !seen.Add(current) || !data.IsAuthoritativeFor(current)) return response;
        }
    }

    private static DnsMessage Code(DnsMessage response, ReturnCode code)
    {
        response.ReturnCode = code;
        return response;
    }

    private static UnknownRecord ToAr(DomainName owner, ushort type, byte[] rdata) =>
        new(ToAr(owner), (RecordType)type, RecordClass.INet, 300, rdata);

    private static ArDomainName ToAr(DomainName name) =>
        new(name.Labels.Select(l => Encoding.Latin1.GetString(l)).ToArray());

    private static DomainName FromAr(ArDomainName name) =>
        DomainName.FromLabels(name.Labels.Select(l => Encoding.Latin1.GetBytes(l)));

    /// <summary>The zones being served: records by owner, and every name that exists (owners and empty non-terminals).</summary>
    private sealed class ServedData
    {
        private readonly List<DomainName> _apexes = new();
        private readonly Dictionary<DomainName, List<ResourceRecord>> _records = new();
        private readonly HashSet<DomainName> _existing = new();

        public ServedData(IReadOnlyList<ZoneParseResult> zones)
        {
            foreach (var zone in zones)
            {
                _apexes.Add(zone.Origin);
                foreach (var record in zone.Records)
                {
                    if (!_records.TryGetValue(record.Owner, out var list)) _records[record.Owner] = list = new List<ResourceRecord>();
                    list.Add(record);
                    for (var n = record.Owner; n.LabelCount >= zone.Origin.LabelCount && _existing.Add(n) && !n.IsRoot; n = n.Parent())
                    {
                    }
                }
            }
        }

        public bool IsAuthoritativeFor(DomainName name) => _apexes.Any(name.IsSubdomainOf);

        /// <summary>The records at a name (empty for an empty non-terminal); null when it does not exist.</summary>
        public IReadOnlyList<ResourceRecord>? At(DomainName name) =>
            _records.TryGetValue(name, out var list) ? list : _existing.Contains(name) ? Array.Empty<ResourceRecord>() : null;
    }
}

/// <summary>A UDP socket on 127.0.0.1 that reads every query and answers none: a server that is down or filtered.</summary>
public sealed class SilentDnsServer : IDisposable
{
    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private int _received;

    public SilentDnsServer()
    {
        EndPoint = (IPEndPoint)_socket.Client.LocalEndPoint!;
        _ = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    await _socket.ReceiveAsync();
                    System.Threading.Interlocked.Increment(ref _received);
                }
            }
            catch (ObjectDisposedException)
            {
            }
            catch (SocketException)
            {
            }
        });
    }

    public IPEndPoint EndPoint { get; }

    /// <summary>Waits (at most a few seconds) until <paramref name="count"/> datagrams have arrived, and returns how many did.</summary>
    public int WaitForDatagrams(int count)
    {
        for (int i = 0; i < 100 && System.Threading.Volatile.Read(ref _received) < count; i++) System.Threading.Thread.Sleep(50);
        return System.Threading.Volatile.Read(ref _received);
    }

    public void Dispose() => _socket.Dispose();
}
