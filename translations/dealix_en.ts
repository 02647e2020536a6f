<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalCenterWidget</name>
    <message numerus="yes">
        <source>Deadline within %Ln hours</source>
        <translation>
            <numerusform>Deadline within %Ln hour</numerusform>
            <numerusform>Deadline within %Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected requests is already decided: select only pending requests.</source>
        <translation>
            <numerusform>%n of the selected requests is already decided: select only pending requests.</numerusform>
            <numerusform>%n of the selected requests are already decided: select only pending requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalDetail</name>
    <message numerus="yes">
        <source>Showing the latest %n entries.</source>
        <translation>
            <numerusform>Showing the latest entry.</numerusform>
            <numerusform>Showing the latest %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPack</name>
    <message numerus="yes">
        <source>Cannot print on &quot;%1&quot;: the print service at %2 does not answer (nothing within %Ln second(s)); it may be stalled or overloaded. Try again later or ask its administrator.</source>
        <translation>
            <numerusform>Cannot print on &quot;%1&quot;: the print service at %2 does not answer (nothing within %Ln second); it may be stalled or overloaded. Try again later or ask its administrator.</numerusform>
            <numerusform>Cannot print on &quot;%1&quot;: the print service at %2 does not answer (nothing within %Ln seconds); it may be stalled or overloaded. Try again later or ask its administrator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer &quot;%1&quot; as job %2 (%n page(s), copies: %3).</source>
        <translation>
            <numerusform>Sent to the printer &quot;%1&quot; as job %2 (%n page, copies: %3).</numerusform>
            <numerusform>Sent to the printer &quot;%1&quot; as job %2 (%n pages, copies: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer &quot;%1&quot; (%n page(s), copies: %2).</source>
        <translation>
            <numerusform>Sent to the printer &quot;%1&quot; (%n page, copies: %2).</numerusform>
            <numerusform>Sent to the printer &quot;%1&quot; (%n pages, copies: %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n recommended index(es) missing.</source>
        <translation>
            <numerusform>%n recommended index missing.</numerusform>
            <numerusform>%n recommended indexes missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceChecks</name>
    <message numerus="yes">
        <source>%Ln violation(s) among %L1 %2</source>
        <translation>
            <numerusform>%Ln violation among %L1 %2</numerusform>
            <numerusform>%Ln violations among %L1 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceMatrix</name>
    <message numerus="yes">
        <source>%n controls: records disagree with the data</source>
        <translation>
            <numerusform>%n control: records disagree with the data</numerusform>
            <numerusform>%n controls: records disagree with the data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceWriter</name>
    <message numerus="yes">
        <source>%n control(s) updated.</source>
        <translation>
            <numerusform>%n control updated.</numerusform>
            <numerusform>%n controls updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorsWidget</name>
    <message numerus="yes">
        <source>Probing %n connector(s)…</source>
        <translation>
            <numerusform>Probing %n connector…</numerusform>
            <numerusform>Probing %n connectors…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) done, %L1 recorded.</source>
        <translation>
            <numerusform>%n probe done, %L1 recorded.</numerusform>
            <numerusform>%n probes done, %L1 recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePacksSurface</name>
    <message numerus="yes">
        <source>%n pack(s) no longer match their signature.</source>
        <translation>
            <numerusform>%n pack no longer matches its signature.</numerusform>
            <numerusform>%n packs no longer match their signature.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePacksWidget</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) no longer match their signature.</source>
        <translation>
            <numerusform>%n pack no longer matches its signature.</numerusform>
            <numerusform>%n packs no longer match their signature.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExecutiveTiles</name>
    <message numerus="yes">
        <source>Deadline within %Ln hours</source>
        <translation>
            <numerusform>Deadline within %Ln hour</numerusform>
            <numerusform>Deadline within %Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pending requests whose SLA deadline falls within the next %Ln hours.</source>
        <translation>
            <numerusform>Pending requests whose SLA deadline falls within the next %Ln hour.</numerusform>
            <numerusform>Pending requests whose SLA deadline falls within the next %Ln hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastWidget</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) without an expected close date are not in the monthly forecast.</source>
        <translation>
            <numerusform>%n open deal without an expected close date is not in the monthly forecast.</numerusform>
            <numerusform>%n open deals without an expected close date are not in the monthly forecast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies are counted here, not added to SAR.</source>
        <translation>
            <numerusform>%n deal in another currency is counted here, not added to SAR.</numerusform>
            <numerusform>%n deals in other currencies are counted here, not added to SAR.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) expected before this month are past their date and not in the forecast.</source>
        <translation>
            <numerusform>%n open deal expected before this month is past its date and not in the forecast.</numerusform>
            <numerusform>%n open deals expected before this month are past their date and not in the forecast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n market(s)</source>
        <translation>
            <numerusform>%n market</numerusform>
            <numerusform>%n markets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Reconnected after %n attempt(s).</source>
        <translation>
            <numerusform>Reconnected after %n attempt.</numerusform>
            <numerusform>Reconnected after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>%n deal amount(s) outside the exact range of %1</source>
        <translation>
            <numerusform>%n deal amount outside the exact range of %1</numerusform>
            <numerusform>%n deal amounts outside the exact range of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) whose value is not a number are counted here, not added.</source>
        <translation>
            <numerusform>%n deal whose value is not a number is counted here, not added.</numerusform>
            <numerusform>%n deals whose value is not a number are counted here, not added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) with a negative value are counted here, not added.</source>
        <translation>
            <numerusform>%n deal with a negative value is counted here, not added.</numerusform>
            <numerusform>%n deals with a negative value are counted here, not added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) whose probability is not a number from %L1 to %L2 are counted here, not weighted into the forecast.</source>
        <translation>
            <numerusform>%n open deal whose probability is not a number from %L1 to %L2 is counted here, not weighted into the forecast.</numerusform>
            <numerusform>%n open deals whose probability is not a number from %L1 to %L2 are counted here, not weighted into the forecast.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerPipelineWidget</name>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days old</source>
        <translation>
            <numerusform>%n day old</numerusform>
            <numerusform>%n days old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskHeatmapWidget</name>
    <message numerus="yes">
        <source>Likelihood %1 (%2) × impact %3 (%4) = %5, %6: %n risk(s)</source>
        <translation>
            <numerusform>Likelihood %1 (%2) × impact %3 (%4) = %5, %6: %n risk</numerusform>
            <numerusform>Likelihood %1 (%2) × impact %3 (%4) = %5, %6: %n risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskRegister</name>
    <message numerus="yes">
        <source>priority %1; %Ln h past the deadline</source>
        <translation>
            <numerusform>priority %1; %Ln h past the deadline</numerusform>
            <numerusform>priority %1; %Ln h past the deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; open over %Ln days</source>
        <translation>
            <numerusform>; open over %Ln day</numerusform>
            <numerusform>; open over %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last success %Ln h ago</source>
        <translation>
            <numerusform>last success %Ln h ago</numerusform>
            <numerusform>last success %Ln h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceOverview</name>
    <message numerus="yes">
        <source>%n recommended index(es) missing (%1 prints them):</source>
        <translation>
            <numerusform>%n recommended index missing (%1 prints it):</numerusform>
            <numerusform>%n recommended indexes missing (%1 prints them):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message numerus="yes">
        <source>Approval %1 overdue by %Ln h</source>
        <translation>
            <numerusform>Approval %1 overdue by %Ln h</numerusform>
            <numerusform>Approval %1 overdue by %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approvals within %Ln hours of their SLA: %1</source>
        <translation>
            <numerusform>Approvals within %Ln hour of their SLA: %1</numerusform>
            <numerusform>Approvals within %Ln hours of their SLA: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
