<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA" sourcelanguage="en">
<context>
    <name>ActorPicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The users who may act could not be read: %1</source>
        <translation>تعذّرت قراءة المستخدمين المخوّلين بالتصرف: %1</translation>
    </message>
    <message>
        <source>Choose who is acting first (no user of this tenant may do this).</source>
        <translation>اختر أولًا من يتصرّف (لا يوجد مستخدم لدى هذا المستأجر يملك هذه الصلاحية).</translation>
    </message>
    <message>
        <source>No source is connected. Use File ▸ Connect to open one.</source>
        <translation>لا يوجد مصدر متصل. استخدم ملف ◂ اتصال لفتح مصدر.</translation>
    </message>
</context>
<context>
    <name>ApprovalCenter</name>
    <message>
        <source>Not available from this source (no approval_requests table).</source>
        <translation>غير متاح من هذا المصدر (لا يوجد جدول approval_requests).</translation>
    </message>
    <message>
        <source>Cannot read the users&apos; names: %1</source>
        <translation>تعذّرت قراءة أسماء المستخدمين: %1</translation>
    </message>
    <message>
        <source>requesters&apos; names: not available over the Dealix API: an item carries the requester&apos;s id only</source>
        <translation>أسماء مقدّمي الطلبات: غير متاحة عبر واجهة Dealix البرمجية: يحمل كل بند معرّف مقدّم الطلب فقط</translation>
    </message>
    <message>
        <source>server_stats: computed by the Dealix server from each request&apos;s escalation level (warning: level %L1, breach: level %L2 or more)</source>
        <translation>server_stats: يحسبها خادم Dealix من مستوى تصعيد كل طلب (التحذير: المستوى %L1، التجاوز: المستوى %L2 فأعلى)</translation>
    </message>
    <message>
        <source>each request&apos;s own SLA threshold: not available over the Dealix API: the app&apos;s default of %L1 h is used</source>
        <translation>مهلة اتفاقية مستوى الخدمة الخاصة بكل طلب: غير متاحة عبر واجهة Dealix البرمجية: تُستخدم مهلة التطبيق الافتراضية %L1 ساعة</translation>
    </message>
</context>
<context>
    <name>ApprovalCenterSurface</name>
    <message>
        <source>Approval Center</source>
        <translation>مركز الموافقات</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>SLA warning</source>
        <translation>تحذير المهلة</translation>
    </message>
    <message>
        <source>SLA breach</source>
        <translation>تجاوز المهلة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>مقدم الطلب</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>المهلة</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>متأخرة %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>متبقٍ %1</translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation>عرض %1 من %2</translation>
    </message>
</context>
<context>
    <name>ApprovalCenterWidget</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>تعذّرت قراءة السجل: %1</translation>
    </message>
    <message>
        <source>No source is connected. Use File ▸ Connect to open one.</source>
        <translation>لا يوجد مصدر متصل. استخدم ملف ◂ اتصال لفتح مصدر.</translation>
    </message>
    <message>
        <source>Not available from this source (no approval_requests table).</source>
        <translation>غير متاح من هذا المصدر (لا يوجد جدول approval_requests).</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>فشل التحديث: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>معروض %1 من %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Approval packet</source>
        <translation>حزمة الموافقة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>طُلبت</translation>
    </message>
    <message>
        <source>Select one or more requests first.</source>
        <translation>اختر طلبًا أو أكثر أولًا.</translation>
    </message>
    <message>
        <source>%1 of %2 decided.</source>
        <translation>حُسم %1 من %2.</translation>
    </message>
    <message>
        <source>Already decided: %1</source>
        <translation>محسومة مسبقًا: %1</translation>
    </message>
    <message>
        <source>Approval Center</source>
        <translation>مركز الموافقات</translation>
    </message>
    <message>
        <source>SLA warning</source>
        <translation>تحذير المهلة</translation>
    </message>
    <message numerus="yes">
        <source>Deadline within %Ln hours</source>
        <translation>
            <numerusform>الموعد النهائي خلال %Ln ساعة</numerusform>
            <numerusform>الموعد النهائي خلال %Ln ساعة</numerusform>
            <numerusform>الموعد النهائي خلال %Ln ساعتين</numerusform>
            <numerusform>الموعد النهائي خلال %Ln ساعات</numerusform>
            <numerusform>الموعد النهائي خلال %Ln ساعة</numerusform>
            <numerusform>الموعد النهائي خلال %Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA breach</source>
        <translation>تجاوز المهلة</translation>
    </message>
    <message>
        <source>Past the SLA deadline</source>
        <translation>تجاوزت الموعد النهائي لاتفاقية مستوى الخدمة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>كل الأولويات</translation>
    </message>
    <message>
        <source>Any SLA state</source>
        <translation>أي حالة مهلة</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>ضمن المهلة</translation>
    </message>
    <message>
        <source>Search id, resource, category, channel, note…</source>
        <translation>ابحث في المعرّف أو المورد أو الفئة أو القناة أو الملاحظة…</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>بصفة:</translation>
    </message>
    <message>
        <source>Note (required to reject)</source>
        <translation>ملاحظة (مطلوبة للرفض)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>تصعيد</translation>
    </message>
    <message>
        <source>The categories could not be read: %1</source>
        <translation>تعذّرت قراءة الفئات: %1</translation>
    </message>
    <message>
        <source>The counters could not be read: %1</source>
        <translation>تعذّرت قراءة العدّادات: %1</translation>
    </message>
    <message>
        <source>The request&apos;s payload could not be read: %1</source>
        <translation>تعذّرت قراءة حمولة الطلب: %1</translation>
    </message>
    <message>
        <source>No request matches the status and filters chosen. Choose another status or clear the filters to see more.</source>
        <translation>لا يوجد طلب يطابق الحالة والمرشحات المختارة. اختر حالة أخرى أو امسح المرشحات لترى المزيد.</translation>
    </message>
    <message>
        <source>Select a request to see its deal, value, risk and history.</source>
        <translation>اختر طلبًا لترى صفقته وقيمته ومخاطره وتاريخه.</translation>
    </message>
    <message>
        <source>Wait: a decision is being saved.</source>
        <translation>انتظر: يُحفَظ قرار الآن.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected requests is already decided: select only pending requests.</source>
        <translation>
            <numerusform>لم يُبتّ في أي من الطلبات المختارة بعد.</numerusform>
            <numerusform>طلب واحد من المختارة بُتّ فيه: اختر الطلبات المعلّقة وحدها.</numerusform>
            <numerusform>طلبان من المختارة بُتّ فيهما: اختر الطلبات المعلّقة وحدها.</numerusform>
            <numerusform>%Ln طلبات من المختارة بُتّ فيها: اختر الطلبات المعلّقة وحدها.</numerusform>
            <numerusform>%Ln طلبًا من المختارة بُتّ فيه: اختر الطلبات المعلّقة وحدها.</numerusform>
            <numerusform>%Ln طلب من المختارة بُتّ فيه: اختر الطلبات المعلّقة وحدها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pending request first.</source>
        <translation>اختر طلبًا معلّقًا أولًا.</translation>
    </message>
    <message>
        <source>This request was already approved: only a pending request can be decided.</source>
        <translation>سبقت الموافقة على هذا الطلب: لا يُبتّ إلا في طلب معلّق.</translation>
    </message>
    <message>
        <source>This request was already rejected: only a pending request can be decided.</source>
        <translation>سبق رفض هذا الطلب: لا يُبتّ إلا في طلب معلّق.</translation>
    </message>
    <message>
        <source>This request is not pending (%1): only a pending request can be decided.</source>
        <translation>هذا الطلب ليس معلّقًا (%1): لا يُبتّ إلا في طلب معلّق.</translation>
    </message>
    <message>
        <source>Approve the selected pending requests.</source>
        <translation>الموافقة على الطلبات المعلّقة المحددة.</translation>
    </message>
    <message>
        <source>Reject the selected pending requests (a note saying why is required).</source>
        <translation>رفض الطلبات المعلّقة المحددة (تلزم ملاحظة توضّح السبب).</translation>
    </message>
    <message>
        <source>Escalate the selected pending requests one level.</source>
        <translation>تصعيد الطلبات المعلّقة المحددة مستوى واحدًا.</translation>
    </message>
</context>
<context>
    <name>ApprovalDecider</name>
    <message>
        <source>A rejection needs a note saying why.</source>
        <translation>يتطلب الرفض ملاحظة توضح السبب.</translation>
    </message>
    <message>
        <source>Deciding needs a user with role owner, admin or manager.</source>
        <translation>يتطلب القرار مستخدمًا بدور مالك أو مسؤول أو مدير.</translation>
    </message>
    <message>
        <source>No approval request %1.</source>
        <translation>لا يوجد طلب موافقة %1.</translation>
    </message>
    <message>
        <source>Already %1 by %2 at %3.</source>
        <translation>سبق أن أصبح %1 بواسطة %2 في %3.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <source>Escalated.</source>
        <translation>صُعِّد.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>تمت الموافقة.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>رُفض.</translation>
    </message>
</context>
<context>
    <name>ApprovalDetail</name>
    <message>
        <source>This source has no table of %1 records to read the record from.</source>
        <translation>لا يحتوي هذا المصدر على جدول لسجلات %1 لقراءة السجل منه.</translation>
    </message>
    <message>
        <source>The %1 record could not be read: %2</source>
        <translation>تعذّرت قراءة سجل %1: %2</translation>
    </message>
    <message>
        <source>No %1 record with id %2 in this tenant: it was deleted, or the request names a record this tenant cannot see.</source>
        <translation>لا يوجد سجل من نوع «%1» بالمعرّف %2 لدى هذا المستأجر: إما أنه حُذف، وإما أن الطلب يشير إلى سجل لا يراه هذا المستأجر.</translation>
    </message>
    <message>
        <source>The Dealix server has no strategic deal with id %1.</source>
        <translation>لا توجد لدى خادم Dealix صفقة استراتيجية بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The strategic deal could not be read from the Dealix server: %1</source>
        <translation>تعذّرت قراءة الصفقة الاستراتيجية من خادم Dealix: %1</translation>
    </message>
    <message>
        <source>the answer is not a deal</source>
        <translation>الرد ليس صفقة</translation>
    </message>
    <message>
        <source>The Dealix server answered with another tenant's deal: it is not shown.</source>
        <translation>أجاب خادم Dealix بصفقة تخص مستأجرًا آخر: لا تُعرض.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>صُعّد</translation>
    </message>
    <message>
        <source>(no action recorded)</source>
        <translation>(لم يُسجَّل إجراء)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Not available over the Dealix API: it has no route for a %1 record.</source>
        <translation>غير متاح عبر واجهة Dealix البرمجية: لا مسار فيها لسجل من نوع «%1».</translation>
    </message>
    <message>
        <source>Not available over the Dealix API: an approval item carries no payload.</source>
        <translation>غير متاح عبر واجهة Dealix البرمجية: عنصر الموافقة لا يحمل حمولة.</translation>
    </message>
    <message>
        <source>Not available over the Dealix API: it keeps no history of a request.</source>
        <translation>غير متاح عبر واجهة Dealix البرمجية: لا تحتفظ بتاريخ للطلب.</translation>
    </message>
    <message>
        <source>The app does not read %1 records; the request names record %2.</source>
        <translation>لا يقرأ التطبيق سجلات من نوع «%1»؛ يشير الطلب إلى السجل %2.</translation>
    </message>
    <message>
        <source>The request's payload could not be read: %1</source>
        <translation>تعذّرت قراءة حمولة الطلب: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>تعذّرت قراءة تاريخ الطلب: %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>No title recorded.</source>
        <translation>لا عنوان مسجّل.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>No value recorded.</source>
        <translation>لا قيمة مسجّلة.</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>الطرف المقابل</translation>
    </message>
    <message>
        <source>No target company recorded.</source>
        <translation>لا شركة مستهدفة مسجّلة.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Pack type</source>
        <translation>نوع الحزمة</translation>
    </message>
    <message>
        <source>Deal type</source>
        <translation>نوع الصفقة</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Approval packet</source>
        <translation>حزمة الموافقة</translation>
    </message>
    <message>
        <source>The request carries no approval packet (no action, risk summary or reversibility recorded).</source>
        <translation>لا يحمل الطلب حزمة موافقة (لا إجراء ولا ملخص مخاطر ولا قابلية تراجع مسجّلة).</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Not stated in the packet.</source>
        <translation>غير مذكور في الحزمة.</translation>
    </message>
    <message>
        <source>Risk summary</source>
        <translation>ملخص المخاطر</translation>
    </message>
    <message>
        <source>Reversibility</source>
        <translation>قابلية التراجع</translation>
    </message>
    <message>
        <source>Action class</source>
        <translation>فئة الإجراء</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>مستوى الخدمة</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>وقت الطلب</translation>
    </message>
    <message>
        <source>No creation time recorded.</source>
        <translation>لا وقت إنشاء مسجّل.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>No deadline can be known: counted as overdue.</source>
        <translation>لا يمكن معرفة موعد نهائي: يُحتسب متأخرًا.</translation>
    </message>
    <message>
        <source>%1, overdue by %2</source>
        <translation>%1، متأخر بمقدار %2</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation>%1، متبقٍ %2</translation>
    </message>
    <message>
        <source>SLA state</source>
        <translation>حالة مهلة الخدمة</translation>
    </message>
    <message>
        <source>within the warning threshold</source>
        <translation>ضمن حد التحذير</translation>
    </message>
    <message>
        <source>past the warning threshold</source>
        <translation>تجاوز حد التحذير</translation>
    </message>
    <message>
        <source>past the breach threshold</source>
        <translation>تجاوز حد الإخلال</translation>
    </message>
    <message>
        <source>escalated to senior management</source>
        <translation>صُعّد إلى الإدارة العليا</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>مستوى التصعيد</translation>
    </message>
    <message>
        <source>%L1 of %L2: %3</source>
        <translation>%L1 من %L2: %3</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>warning after %1 h, breach after %2 h</source>
        <translation>تحذير بعد %1 س، إخلال بعد %2 س</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Age recorded by Dealix</source>
        <translation>العمر كما سجّله Dealix</translation>
    </message>
    <message>
        <source>%1 h on %2</source>
        <translation>%1 س في %2</translation>
    </message>
    <message>
        <source>The request records no thresholds: the default applies (breach after %L1 h).</source>
        <translation>لا يسجّل الطلب حدودًا: يُطبَّق الافتراضي (إخلال بعد %L1 س).</translation>
    </message>
    <message>
        <source>Packet SLA</source>
        <translation>مهلة الحزمة</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No user with id %1 in this tenant.</source>
        <translation>لا مستخدم بالمعرّف %1 لدى هذا المستأجر.</translation>
    </message>
    <message>
        <source>Not available from this source (user id %1).</source>
        <translation>غير متاح من هذا المصدر (معرّف المستخدم %1).</translation>
    </message>
    <message>
        <source>The user could not be read (user id %1).</source>
        <translation>تعذّرت قراءة المستخدم (معرّف المستخدم %1).</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>مقدّم الطلب</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>وقت المراجعة</translation>
    </message>
    <message>
        <source>No review time recorded.</source>
        <translation>لا وقت مراجعة مسجّل.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>لم يُراجَع بعد.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>No decision or escalation recorded yet.</source>
        <translation>لم يُسجَّل قرار أو تصعيد بعد.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the latest %n entries.</source>
        <translation>
            <numerusform>لا إدخالات معروضة.</numerusform>
            <numerusform>يُعرض آخر إدخال.</numerusform>
            <numerusform>يُعرض آخر إدخالين.</numerusform>
            <numerusform>يُعرض آخر %Ln إدخالات.</numerusform>
            <numerusform>يُعرض آخر %Ln إدخالًا.</numerusform>
            <numerusform>يُعرض آخر %Ln إدخال.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>مستخدم غير معروف</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>وقت غير معروف</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 بواسطة %2</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>معرّف الطلب</translation>
    </message>
</context>
<context>
    <name>ApprovalQueue</name>
    <message>
        <source>the payload is not valid JSON (%1 at character %L2)</source>
        <translation>الحمولة ليست JSON صالحًا (%1 عند الحرف %L2)</translation>
    </message>
    <message>
        <source>the payload is JSON but not an object</source>
        <translation>الحمولة JSON لكنها ليست كائنًا</translation>
    </message>
    <message>
        <source>approval request %1 is not in this tenant</source>
        <translation>طلب الموافقة %1 ليس لدى هذا المستأجر</translation>
    </message>
    <message>
        <source>not available over the Dealix API: an approval item carries its priority, category, escalation and age, not its payload (no approval packet)</source>
        <translation>غير متاح عبر واجهة Dealix البرمجية: يحمل بند الموافقة أولويته وفئته وتصعيده وعمره، لا حمولته (لا حزمة موافقة)</translation>
    </message>
    <message>
        <source>not available over the Dealix API: the API keeps no history of a request</source>
        <translation>غير متاح عبر واجهة Dealix البرمجية: لا تحفظ الواجهة سجلًّا لتاريخ الطلب</translation>
    </message>
    <message>
        <source>The queue as of %1: not available over the Dealix API: it lists the queue as it is now.</source>
        <translation>قائمة الانتظار كما كانت في %1: غير متاحة عبر واجهة Dealix البرمجية: تعرض الواجهة القائمة كما هي الآن فقط.</translation>
    </message>
    <message>
        <source>SLA states (within, warning, breach): computed by the app from each approval&apos;s created_at (else the server&apos;s age_hours) with the default deadline of %L1 h and the warning window of %L2 h; the server&apos;s own /approval-center/stats counts escalation levels instead (shown as server_stats)</source>
        <translation>حالات اتفاقية مستوى الخدمة (ضمن المهلة، تحذير، تجاوز): يحسبها التطبيق من created_at لكل موافقة (وإلا فمن age_hours لدى الخادم) بمهلة افتراضية قدرها %L1 ساعة ونافذة تحذير قدرها %L2 ساعة؛ أما ‎/approval-center/stats‎ لدى الخادم فتعدّ مستويات التصعيد بدلًا من ذلك (معروضة باسم server_stats)</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ي %2 س</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>موافق عليها</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>متأخرة %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>متبقٍ %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>مقدم الطلب</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>المهلة</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>التصعيد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>no deadline known: counted as overdue</source>
        <translation>لا موعد نهائي معروف: يُحسب متأخرًا</translation>
    </message>
    <message>
        <source>Cannot read the users&apos; names: %1</source>
        <translation>تعذّرت قراءة أسماء المستخدمين: %1</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>it is not a regular file (a device or a pipe); a database is written only to a file.</source>
        <translation>ليس ملفًا عاديًا (جهاز أو أنبوب)؛ لا تُكتب قاعدة البيانات إلا في ملف.</translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation>خطأ في النظام %1</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>nothing was written.</source>
        <translation>لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>the temporary file was replaced.</source>
        <translation>استُبدل الملف المؤقت.</translation>
    </message>
    <message>
        <source>%L1 bytes reached the disk of %L2 written.</source>
        <translation>وصل إلى القرص %L1 بايت من %L2 بايت مكتوبة.</translation>
    </message>
    <message>
        <source>it is not open.</source>
        <translation>ليس مفتوحًا.</translation>
    </message>
    <message>
        <source>the data could not be written.</source>
        <translation>تعذرت كتابة البيانات.</translation>
    </message>
</context>
<context>
    <name>BoardPack</name>
    <message numerus="yes">
        <source>Cannot print on &quot;%1&quot;: the print service at %2 does not answer (nothing within %Ln second(s)); it may be stalled or overloaded. Try again later or ask its administrator.</source>
        <translation>
            <numerusform>تعذرت الطباعة على &quot;%1&quot;: خدمة الطباعة في %2 لا تستجيب (لم يصل منها أي رد خلال أقل من ثانية)؛ ربما تكون متوقفة أو مثقلة. حاول لاحقًا أو راجع مسؤولها.</numerusform>
            <numerusform>تعذرت الطباعة على &quot;%1&quot;: خدمة الطباعة في %2 لا تستجيب (لم يصل منها أي رد خلال ثانية واحدة)؛ ربما تكون متوقفة أو مثقلة. حاول لاحقًا أو راجع مسؤولها.</numerusform>
            <numerusform>تعذرت الطباعة على &quot;%1&quot;: خدمة الطباعة في %2 لا تستجيب (لم يصل منها أي رد خلال ثانيتين)؛ ربما تكون متوقفة أو مثقلة. حاول لاحقًا أو راجع مسؤولها.</numerusform>
            <numerusform>تعذرت الطباعة على &quot;%1&quot;: خدمة الطباعة في %2 لا تستجيب (لم يصل منها أي رد خلال %Ln ثوانٍ)؛ ربما تكون متوقفة أو مثقلة. حاول لاحقًا أو راجع مسؤولها.</numerusform>
            <numerusform>تعذرت الطباعة على &quot;%1&quot;: خدمة الطباعة في %2 لا تستجيب (لم يصل منها أي رد خلال %Ln ثانية)؛ ربما تكون متوقفة أو مثقلة. حاول لاحقًا أو راجع مسؤولها.</numerusform>
            <numerusform>تعذرت الطباعة على &quot;%1&quot;: خدمة الطباعة في %2 لا تستجيب (لم يصل منها أي رد خلال %Ln ثانية)؛ ربما تكون متوقفة أو مثقلة. حاول لاحقًا أو راجع مسؤولها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot print on &quot;%1&quot;: the print service at %2 is not running, cannot be reached or has no printer.</source>
        <translation>تعذرت الطباعة على &quot;%1&quot;: خدمة الطباعة في %2 لا تعمل أو لا يمكن الوصول إليها أو ليس فيها أي طابعة.</translation>
    </message>
    <message>
        <source>Cannot print on &quot;%1&quot;: the print service at %2 has no printer.</source>
        <translation>تعذرت الطباعة على &quot;%1&quot;: لا توجد أي طابعة في خدمة الطباعة في %2.</translation>
    </message>
    <message>
        <source>Cannot print on &quot;%1&quot;: the printer is not accepting jobs (%2). Ask its administrator to accept jobs again, or choose another printer.</source>
        <translation>تعذرت الطباعة على &quot;%1&quot;: الطابعة لا تقبل مهام الطباعة (%2). اطلب من مسؤولها أن يعيد قبول المهام، أو اختر طابعة أخرى.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>Cannot print on &quot;%1&quot;: the print service at %2 does not answer.</source>
        <translation>تعذرت الطباعة على &quot;%1&quot;: خدمة الطباعة في %2 لا تستجيب.</translation>
    </message>
    <message>
        <source>The pages were sent to &quot;%1&quot;, but the print service does not answer to confirm the job: look at the printer&apos;s queue before printing again.</source>
        <translation>أُرسلت الصفحات إلى &quot;%1&quot;، لكن خدمة الطباعة لا تستجيب لتأكيد المهمة: راجع قائمة انتظار الطابعة قبل الطباعة مرة أخرى.</translation>
    </message>
    <message>
        <source>The print service no longer lists the job (it may keep no record of finished jobs), so its number is not known.</source>
        <translation>لم تعد خدمة الطباعة تُدرج المهمة (قد لا تحتفظ بسجل المهام المنتهية)، لذا رقمها غير معروف.</translation>
    </message>
    <message>
        <source>The print service did not accept the job for &quot;%1&quot;: %2</source>
        <translation>لم تقبل خدمة الطباعة مهمة الطباعة على &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer &quot;%1&quot; as job %2 (%n page(s), copies: %3).</source>
        <translation>
            <numerusform>أُرسلت إلى الطابعة &quot;%1&quot; بوصفها المهمة %2 (لا صفحات، عدد النسخ: %3).</numerusform>
            <numerusform>أُرسلت إلى الطابعة &quot;%1&quot; بوصفها المهمة %2 (صفحة واحدة، عدد النسخ: %3).</numerusform>
            <numerusform>أُرسلت إلى الطابعة &quot;%1&quot; بوصفها المهمة %2 (صفحتان، عدد النسخ: %3).</numerusform>
            <numerusform>أُرسلت إلى الطابعة &quot;%1&quot; بوصفها المهمة %2 (%Ln صفحات، عدد النسخ: %3).</numerusform>
            <numerusform>أُرسلت إلى الطابعة &quot;%1&quot; بوصفها المهمة %2 (%Ln صفحة، عدد النسخ: %3).</numerusform>
            <numerusform>أُرسلت إلى الطابعة &quot;%1&quot; بوصفها المهمة %2 (%Ln صفحة، عدد النسخ: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer &quot;%1&quot; (%n page(s), copies: %2).</source>
        <translation>
            <numerusform>أُرسلت إلى الطابعة &quot;%1&quot; (لا صفحات، عدد النسخ: %2).</numerusform>
            <numerusform>أُرسلت إلى الطابعة &quot;%1&quot; (صفحة واحدة، عدد النسخ: %2).</numerusform>
            <numerusform>أُرسلت إلى الطابعة &quot;%1&quot; (صفحتان، عدد النسخ: %2).</numerusform>
            <numerusform>أُرسلت إلى الطابعة &quot;%1&quot; (%Ln صفحات، عدد النسخ: %2).</numerusform>
            <numerusform>أُرسلت إلى الطابعة &quot;%1&quot; (%Ln صفحة، عدد النسخ: %2).</numerusform>
            <numerusform>أُرسلت إلى الطابعة &quot;%1&quot; (%Ln صفحة، عدد النسخ: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer is paused; the job waits in its queue until the printer is resumed.</source>
        <translation>الطابعة موقوفة مؤقتًا؛ تنتظر المهمة في قائمة الانتظار حتى تُستأنف الطابعة.</translation>
    </message>
    <message>
        <source>The printer is paused (%1); the job waits in its queue until the printer is resumed.</source>
        <translation>الطابعة موقوفة مؤقتًا (%1)؛ تنتظر المهمة في قائمة الانتظار حتى تُستأنف الطابعة.</translation>
    </message>
    <message>
        <source>Cannot print on &quot;%1&quot;: the system&apos;s print service is not running, cannot be reached or has no printer.</source>
        <translation>تعذرت الطباعة على &quot;%1&quot;: خدمة الطباعة في النظام لا تعمل أو لا يمكن الوصول إليها أو ليس فيها أي طابعة.</translation>
    </message>
    <message>
        <source>Cannot print on &quot;%1&quot;: the print service at %2 (CUPS_SERVER) is not running, cannot be reached or has no printer.</source>
        <translation>تعذرت الطباعة على &quot;%1&quot;: خدمة الطباعة في %2 ‏(CUPS_SERVER) لا تعمل أو لا يمكن الوصول إليها أو ليس فيها أي طابعة.</translation>
    </message>
    <message>
        <source>Cannot print on &quot;%1&quot;: the print service has no printer of that name; it has: %2.</source>
        <translation>تعذرت الطباعة على &quot;%1&quot;: لا توجد في خدمة الطباعة طابعة بهذا الاسم؛ الطابعات المتاحة: %2.</translation>
    </message>
    <message>
        <source>Cannot print on &quot;%1&quot;: the printer is not ready.</source>
        <translation>تعذرت الطباعة على &quot;%1&quot;: الطابعة غير جاهزة.</translation>
    </message>
    <message>
        <source>The print service did not accept the job for &quot;%1&quot;.</source>
        <translation>لم تقبل خدمة الطباعة مهمة الطباعة على &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot print on &quot;%1&quot; on both sides: the printer does not offer it. Print without two-sided printing.</source>
        <translation>تعذرت الطباعة على وجهي الورقة في &quot;%1&quot;: الطابعة لا تتيح ذلك. اطبع دون الطباعة على الوجهين.</translation>
    </message>
    <message>
        <source>Unknown surface &quot;%1&quot;; this build has: %2</source>
        <translation>شاشة غير معروفة &quot;%1&quot;؛ المتاح في هذا الإصدار: %2</translation>
    </message>
    <message>
        <source> AH</source>
        <translation> هـ</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
    <message>
        <source>Not available from this source: %1</source>
        <translation>غير متاح من هذا المصدر: %1</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>حزمة مجلس الإدارة</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>الأرقام حتى %1</translation>
    </message>
    <message>
        <source>Prepared by %1 from %2</source>
        <translation>أعدّها %1 من %2</translation>
    </message>
    <message>
        <source>Prepared from %1</source>
        <translation>أُعدّت من %1</translation>
    </message>
    <message>
        <source>Offline review copy of %1 (%2)</source>
        <translation>نسخة المراجعة غير المتصلة لـ %1 (%2)</translation>
    </message>
    <message>
        <source>Dealix server %1</source>
        <translation>خادم Dealix ‏%1</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2</source>
        <translation>قاعدة بيانات PostgreSQL ‏%1 على %2</translation>
    </message>
    <message>
        <source>SQLite database %1</source>
        <translation>قاعدة بيانات SQLite ‏%1</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>لا مصدر</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <source>The page could not be painted.</source>
        <translation>تعذر رسم الصفحة.</translation>
    </message>
    <message>
        <source>the PDF is incomplete (%L1 bytes).</source>
        <translation>ملف PDF غير مكتمل (%L1 بايت).</translation>
    </message>
    <message>
        <source>the PDF is incomplete (no end-of-file mark).</source>
        <translation>ملف PDF غير مكتمل (لا توجد علامة نهاية الملف).</translation>
    </message>
    <message>
        <source>it could not be computed and the source gave no reason (the connection to it may have been lost)</source>
        <translation>تعذر حسابه ولم يذكر المصدر سببًا (ربما انقطع الاتصال به)</translation>
    </message>
    <message>
        <source>Incomplete pack: these sections could not be computed — %1</source>
        <translation>حزمة غير مكتملة: تعذر حساب هذه الأقسام — %1</translation>
    </message>
    <message>
        <source>Not written: %1 is kept, because these sections could not be computed: %2. --allow-partial replaces it with a pack whose cover names them.</source>
        <translation>لم يُكتب شيء: أُبقي على %1 لأنه تعذر حساب هذه الأقسام: %2. الخيار ‎--allow-partial يستبدله بحزمة يذكر غلافها هذه الأقسام.</translation>
    </message>
    <message>
        <source>No section to compute.</source>
        <translation>لا يوجد قسم لحسابه.</translation>
    </message>
</context>
<context>
    <name>BoardPackDialog</name>
    <message>
        <source>Board pack</source>
        <translation>حزمة مجلس الإدارة</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>الأقسام:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>التصنيف:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>أعدّها:</translation>
    </message>
    <message>
        <source>The acting user&apos;s name</source>
        <translation>اسم المستخدم الحالي</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>معاينة…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>حفظ PDF…</translation>
    </message>
    <message>
        <source>Save HTML…</source>
        <translation>حفظ HTML…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>اختر قسمًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Computing the board pack…</source>
        <translation>جارٍ حساب حزمة مجلس الإدارة…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>جارٍ كتابة ملف PDF…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Save the board pack</source>
        <translation>حفظ حزمة مجلس الإدارة</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the board pack as HTML</source>
        <translation>حفظ حزمة مجلس الإدارة بصيغة HTML</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>These sections could not be computed: %1

Replace %2 with an incomplete pack whose cover names them?</source>
        <translation>تعذر حساب هذه الأقسام: %1

هل تستبدل %2 بحزمة غير مكتملة يذكر غلافها هذه الأقسام؟</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
</context>
<context>
    <name>BoundQuery</name>
    <message>
        <source>database error %1</source>
        <translation>خطأ في قاعدة البيانات %1</translation>
    </message>
    <message>
        <source>the connection to the database failed</source>
        <translation>فشل الاتصال بقاعدة البيانات</translation>
    </message>
    <message>
        <source>the database gave no reason (the connection to it may have been lost)</source>
        <translation>لم تذكر قاعدة البيانات سببًا (ربما انقطع الاتصال بها)</translation>
    </message>
    <message>
        <source>The source returned no row.</source>
        <translation>لم يُرجع المصدر أي صف.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The stored compliance statuses could not be read: %1</source>
        <translation>تعذّرت قراءة حالات الامتثال المخزّنة: %1</translation>
    </message>
    <message>
        <source>%1 writes a decision made now and cannot take --as-of; leave it out (--as-of only computes figures as of another time).</source>
        <translation>الأمر %1 يكتب قرارًا يُتخذ الآن ولا يقبل ‎--as-of‎؛ احذفه (‎--as-of‎ يحسب الأرقام في وقت آخر فقط).</translation>
    </message>
    <message>
        <source>Generating the demo database at %1 …</source>
        <translation>جارٍ إنشاء قاعدة البيانات التجريبية في %1 …</translation>
    </message>
    <message>
        <source>A PDF needs an output file: -o FILE.pdf</source>
        <translation>يتطلب ملف PDF مسار إخراج: ‎-o FILE.pdf</translation>
    </message>
    <message>
        <source>not probed: %1</source>
        <translation>لم يُفحص: %1</translation>
    </message>
    <message>
        <source>No connector has a probe endpoint (connector_probes, or [probes] in the settings).</source>
        <translation>لا يوجد موصل له عنوان فحص (connector_probes، أو [probes] في الإعدادات).</translation>
    </message>
    <message>
        <source>usage: verify-pack PACK_ID</source>
        <translation>الاستخدام: verify-pack PACK_ID</translation>
    </message>
    <message>
        <source>usage: review-pack PACK_ID --as EMAIL</source>
        <translation>الاستخدام: review-pack PACK_ID --as EMAIL</translation>
    </message>
    <message>
        <source>usage: connector disable|enable KEY --as EMAIL</source>
        <translation>الاستخدام: connector disable|enable KEY --as EMAIL</translation>
    </message>
    <message>
        <source>One pack exports as json or pdf, not %1.</source>
        <translation>تُصدَّر الحزمة الواحدة بصيغة json أو pdf، وليس %1.</translation>
    </message>
    <message>
        <source>For a SQLite demo database use -o FILE.</source>
        <translation>لقاعدة بيانات SQLite تجريبية استخدم ‎-o FILE.</translation>
    </message>
    <message>
        <source>Cannot write the demo data to %1: %2</source>
        <translation>تعذرت كتابة البيانات التجريبية إلى %1: %2</translation>
    </message>
    <message>
        <source>demo needs -o FILE (SQLite) or --source postgresql://…</source>
        <translation>يتطلب الأمر demo الخيار ‎-o FILE (SQLite) أو ‎--source postgresql://…</translation>
    </message>
    <message>
        <source>, %1 MiB</source>
        <translation>، %1 ميبيبايت</translation>
    </message>
    <message>
        <source>Wrote %1 rows (%2 deals) to %3 in %4 s (scale %5, seed %6%7)</source>
        <translation>كُتب %1 صفًا (%2 صفقة) إلى %3 في %4 ث (المقياس %5، البذرة %6%7)</translation>
    </message>
    <message>
        <source>--pack goes with: export evidence-packs --pack ID</source>
        <translation>يُستخدم ‎--pack مع: export evidence-packs --pack ID</translation>
    </message>
    <message>
        <source>export needs a surface: %1</source>
        <translation>يتطلب التصدير اسم شاشة: %1</translation>
    </message>
    <message>
        <source>Unknown surface &quot;%1&quot;; this build has: %2</source>
        <translation>شاشة غير معروفة &quot;%1&quot;؛ المتاح في هذا الإصدار: %2</translation>
    </message>
    <message>
        <source>Unknown period &quot;%1&quot; (month, quarter, year or all).</source>
        <translation>فترة غير معروفة &quot;%1&quot; (month أو quarter أو year أو all).</translation>
    </message>
    <message>
        <source>The %1 surface exports %2, not %3.</source>
        <translation>تُصدِّر الشاشة %1 بالصيغ %2، وليس %3.</translation>
    </message>
    <message>
        <source>Cannot export %1: %2</source>
        <translation>تعذر تصدير %1: %2</translation>
    </message>
    <message>
        <source>Not available from this source: %1</source>
        <translation>غير متاح من هذا المصدر: %1</translation>
    </message>
    <message>
        <source>usage: decide APPROVAL_ID approve|reject|escalate --as EMAIL [--note TEXT]</source>
        <translation>الاستخدام: decide APPROVAL_ID approve|reject|escalate --as EMAIL [--note TEXT]</translation>
    </message>
    <message>
        <source>decide needs --as EMAIL: the tenant user who decides.</source>
        <translation>يتطلب decide الخيار ‎--as EMAIL: مستخدم المستأجر صاحب القرار.</translation>
    </message>
    <message>
        <source>board-pack needs -o FILE.pdf (and/or --html FILE, --print PRINTER).</source>
        <translation>يتطلب الأمر board-pack الخيار ‎-o FILE.pdf (و/أو ‎--html FILE أو ‎--print PRINTER).</translation>
    </message>
    <message>
        <source>Sent to the printer %1 (copies: %L2).</source>
        <translation>أُرسلت إلى الطابعة %1 (عدد النسخ: %L2).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>أمر غير معروف &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>check --write needs --as EMAIL: an owner or admin of the tenant.</source>
        <translation>يتطلب check --write الخيار ‎--as EMAIL: مالكًا أو مسؤولًا لدى المستأجر.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>لم يُكتب شيء: %1</translation>
    </message>
    <message>
        <source>offline needs -o FILE: the offline copy to write.</source>
        <translation>يتطلب offline الخيار ‎-o FILE: النسخة غير المتصلة المطلوب كتابتها.</translation>
    </message>
    <message>
        <source>check --write records the current status: leave out --as-of.</source>
        <translation>يسجّل check --write الحالة الحالية: احذف ‎--as-of.</translation>
    </message>
    <message>
        <source>Cannot list the tenants: %1</source>
        <translation>تعذّر سرد المستأجرين: %1</translation>
    </message>
    <message>
        <source>the source gave no reason (the connection to it may have been lost)</source>
        <translation>لم يذكر المصدر سببًا (ربما انقطع الاتصال به)</translation>
    </message>
    <message>
        <source>indexes prints text, sql or json, not %1.</source>
        <translation>يطبع الأمر indexes نصًا أو sql أو json، لا %1.</translation>
    </message>
    <message>
        <source>Every recommended index is present.</source>
        <translation>كل الفهارس الموصى بها موجودة.</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>موصى به</translation>
    </message>
    <message>
        <source>present (%1)</source>
        <translation>موجود (%1)</translation>
    </message>
    <message>
        <source>invalid (%1 exists but cannot be used)</source>
        <translation>غير صالح (%1 موجود لكن لا يمكن استخدامه)</translation>
    </message>
    <message>
        <source>different (%1 exists with another definition)</source>
        <translation>مختلف (%1 موجود بتعريف آخر)</translation>
    </message>
    <message>
        <source>%1 exists but is invalid: dropped and built again.</source>
        <translation>%1 موجود لكنه غير صالح: يُحذف ويُبنى من جديد.</translation>
    </message>
    <message>
        <source>%1 exists with another definition: dropped and built again.</source>
        <translation>%1 موجود بتعريف آخر: يُحذف ويُبنى من جديد.</translation>
    </message>
    <message>
        <source>Left out, only the enhanced schema has them: %1 (run with --source to include them).</source>
        <translation>أُسقطت لأن المخطط المحسّن وحده يحتويها: %1 (شغّل الأمر مع --source لتضمينها).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message numerus="yes">
        <source>%n recommended index(es) missing.</source>
        <translation>
            <numerusform>لا فهارس موصى بها مفقودة.</numerusform>
            <numerusform>فهرس واحد موصى به مفقود.</numerusform>
            <numerusform>فهرسان موصى بهما مفقودان.</numerusform>
            <numerusform>%Ln فهارس موصى بها مفقودة.</numerusform>
            <numerusform>%Ln فهرسًا موصى به مفقودًا.</numerusform>
            <numerusform>%Ln فهرس موصى به مفقود.</numerusform>
        </translation>
    </message>
    <message>
        <source>A rejection needs a note saying why: --note TEXT.</source>
        <translation>الرفض يحتاج ملاحظة بالسبب: ‎--note TEXT.</translation>
    </message>
    <message>
        <source>%1 is not available over the Dealix API: it reads or writes the database itself. Use a database source (sqlite: or postgresql://).</source>
        <translation>الأمر %1 غير متاح عبر واجهة Dealix: فهو يقرأ قاعدة البيانات أو يكتب فيها مباشرة. استخدم مصدر قاعدة بيانات (sqlite: أو postgresql://).</translation>
    </message>
</context>
<context>
    <name>ComplianceChecks</name>
    <message>
        <source>%L1 months counted from created_at (this source has no granted_at)</source>
        <translation>%L1 شهرًا محسوبة من created_at (لا يحوي هذا المصدر granted_at)</translation>
    </message>
    <message>
        <source>%L1 months counted from granted_at</source>
        <translation>%L1 شهرًا محسوبة من granted_at</translation>
    </message>
    <message>
        <source>the check failed: %1</source>
        <translation>تعذّر إجراء الفحص: %1</translation>
    </message>
    <message>
        <source>no data source: this source has no %1 table</source>
        <translation>لا يوجد مصدر بيانات: لا يحتوي هذا المصدر على جدول %1</translation>
    </message>
    <message>
        <source>nothing to assess: no %1</source>
        <translation>لا شيء للتقييم: لا يوجد %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 %3 (%4)</source>
        <translation>%L1 من %L2 %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln violation(s) among %L1 %2</source>
        <translation>
            <numerusform>لا مخالفات من بين %L1 %2</numerusform>
            <numerusform>مخالفة واحدة من بين %L1 %2</numerusform>
            <numerusform>مخالفتان من بين %L1 %2</numerusform>
            <numerusform>%Ln مخالفات من بين %L1 %2</numerusform>
            <numerusform>%Ln مخالفة من بين %L1 %2</numerusform>
            <numerusform>%Ln مخالفة من بين %L1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no data source: no consent tables</source>
        <translation>لا يوجد مصدر بيانات: لا توجد جداول موافقات</translation>
    </message>
    <message>
        <source>contacted leads with a valid consent</source>
        <translation>عملاء محتملين تم التواصل معهم ولديهم موافقة سارية</translation>
    </message>
    <message>
        <source>consents with a known purpose and channel</source>
        <translation>موافقات بغرض وقناة معروفين</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>موافقات</translation>
    </message>
    <message>
        <source>access requests</source>
        <translation>طلبات وصول</translation>
    </message>
    <message>
        <source>deletion requests</source>
        <translation>طلبات حذف</translation>
    </message>
    <message>
        <source>%L1 open %2 older than %L3 days</source>
        <translation>%L1 من %2 مفتوحة منذ أكثر من %L3 يومًا</translation>
    </message>
    <message>
        <source>%1 answered within %L2 days</source>
        <translation>%1 أُجيبت خلال %L2 يومًا</translation>
    </message>
    <message>
        <source>not assessed: a local SQLite file has no connection to encrypt</source>
        <translation>لم يُقيَّم: ملف SQLite محلي لا اتصال له يُشفَّر</translation>
    </message>
    <message>
        <source>this connection uses %1 (%2)</source>
        <translation>هذا الاتصال يستخدم %1 (%2)</translation>
    </message>
    <message>
        <source>this connection is not encrypted</source>
        <translation>هذا الاتصال غير مشفّر</translation>
    </message>
    <message>
        <source>decided approvals with a human reviewer and time</source>
        <translation>موافقات محسومة بمراجِع بشري ووقت</translation>
    </message>
    <message>
        <source>the tenant has no active owner</source>
        <translation>لا يوجد مالك نشط لدى المستأجر</translation>
    </message>
    <message>
        <source>active users with a valid role</source>
        <translation>مستخدمين نشطين بدور صالح</translation>
    </message>
    <message>
        <source>not assessed: SQLite has no row-level security</source>
        <translation>لم يُقيَّم: لا يدعم SQLite أمان مستوى الصفوف</translation>
    </message>
    <message>
        <source>tables with a tenant_id (row-level security enabled)</source>
        <translation>جداول فيها tenant_id (أمان مستوى الصفوف مفعّل)</translation>
    </message>
    <message>
        <source>decisions and resolutions with an audit row</source>
        <translation>قرارات ومعالجات لها سجل تدقيق</translation>
    </message>
    <message>
        <source>not assessed: no data source (%1)</source>
        <translation>لم يُقيَّم: لا يوجد مصدر بيانات (%1)</translation>
    </message>
    <message>
        <source>Dealix keeps no invoices or VAT lines in this database</source>
        <translation>لا تحفظ Dealix فواتير أو بنود ضريبة القيمة المضافة في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Dealix keeps no e-invoices in this database</source>
        <translation>لا تحفظ Dealix فواتير إلكترونية في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>ai_conversations holds no explanation field this app can read</source>
        <translation>لا يحتوي ai_conversations على حقل تفسير يستطيع التطبيق قراءته</translation>
    </message>
    <message>
        <source>this source has no ai_conversations table</source>
        <translation>لا يحتوي هذا المصدر على جدول ai_conversations</translation>
    </message>
    <message>
        <source>not assessed: no check for this control</source>
        <translation>لم يُقيَّم: لا يوجد فحص لهذا الضابط</translation>
    </message>
    <message>
        <source>Leads contacted (status past new) that hold a valid consent: a pdpl_consents row granted and unexpired at the as-of time, or a consents row opted_in (any channel) — share rule.</source>
        <translation>العملاء المحتملون الذين تم التواصل معهم (حالتهم بعد &quot;جديد&quot;) ولديهم موافقة سارية: صف في pdpl_consents ممنوح وغير منتهٍ في وقت البيانات، أو صف في consents بحالة opted_in (أي قناة) — قاعدة النسبة.</translation>
    </message>
    <message>
        <source>Consents with a known purpose (marketing, sales, service, analytics) and channel (whatsapp, email, sms, phone) — share rule.</source>
        <translation>موافقات بغرض معروف (marketing، sales، service، analytics) وقناة معروفة (whatsapp، email، sms، phone) — قاعدة النسبة.</translation>
    </message>
    <message>
        <source>No consent still granted at or past its expires_at, and no expires_at more than 12 months after granting (granted_at where the source has it, else created_at) — zero tolerance.</source>
        <translation>لا موافقة ما زالت ممنوحة عند expires_at أو بعده، ولا expires_at بعد أكثر من اثني عشر شهرًا من المنح (granted_at حيث يوجد في المصدر، وإلا created_at) — دون تسامح.</translation>
    </message>
    <message>
        <source>Deletion requests, the same rule as PDPL-C04.</source>
        <translation>طلبات الحذف، بالقاعدة نفسها في PDPL-C04.</translation>
    </message>
    <message>
        <source>Every consent has pdpl_consent_audit rows, and a revoked consent has a revoked row — zero tolerance.</source>
        <translation>لكل موافقة صفوف في pdpl_consent_audit، ولكل موافقة مسحوبة صف سحب — دون تسامح.</translation>
    </message>
    <message>
        <source>PostgreSQL: this connection is encrypted (pg_stat_ssl.ssl) — compliant or non-compliant. SQLite: not assessed.</source>
        <translation>PostgreSQL: هذا الاتصال مشفّر (pg_stat_ssl.ssl) — ممتثل أو غير ممتثل. SQLite: لا يُقيَّم.</translation>
    </message>
    <message>
        <source>Not assessed: no invoice data in a Dealix database.</source>
        <translation>لا يُقيَّم: لا توجد بيانات فواتير في قاعدة بيانات Dealix.</translation>
    </message>
    <message>
        <source>Not assessed: no e-invoice data in a Dealix database.</source>
        <translation>لا يُقيَّم: لا توجد بيانات فواتير إلكترونية في قاعدة بيانات Dealix.</translation>
    </message>
    <message>
        <source>Not assessed: no explanation field this app can read (ai_conversations).</source>
        <translation>لا يُقيَّم: لا يوجد حقل تفسير يستطيع التطبيق قراءته (ai_conversations).</translation>
    </message>
    <message>
        <source>Decided approvals (approved or rejected) with reviewed_at and a reviewer who is a user of the tenant — share rule.</source>
        <translation>الموافقات المحسومة (مقبولة أو مرفوضة) ولها reviewed_at ومراجِع من مستخدمي المستأجر — قاعدة النسبة.</translation>
    </message>
    <message>
        <source>Active users (is_active true; empty is not active) with a valid role (owner, admin, manager, agent) — share rule; no active owner: non-compliant.</source>
        <translation>المستخدمون النشطون (is_active صحيح؛ والفارغ ليس نشطًا) بدور صالح (owner، admin، manager، agent) — قاعدة النسبة؛ وغياب مالك نشط: غير ممتثل.</translation>
    </message>
    <message>
        <source>PostgreSQL: row-level security enabled on every table with a tenant_id (catalog) — zero tolerance; tables where it is not forced are listed. SQLite: not assessed.</source>
        <translation>PostgreSQL: أمان مستوى الصفوف مفعّل على كل جدول فيه tenant_id (من الفهرس) — دون تسامح؛ وتُذكر الجداول التي لم يُفرض عليها. SQLite: لا يُقيَّم.</translation>
    </message>
    <message>
        <source>Decided approvals and resolved or accepted contradictions with an audit_logs row for their id — share rule.</source>
        <translation>الموافقات المحسومة والتناقضات المعالجة أو المقبولة التي لها صف في audit_logs بمعرّفها — قاعدة النسبة.</translation>
    </message>
    <message>
        <source>Access requests answered (completed or rejected by the as-of time) within 30 days of the request (requested_at where the source has it, else created_at) to the answer (completed_at, else updated_at) — share rule; any request still open at the as-of time and older than 30 days: non-compliant.</source>
        <translation>طلبات الوصول التي أُجيبت (أُنجزت أو رُفضت حتى وقت البيانات) خلال ثلاثين يومًا من الطلب (requested_at حيث يوجد في المصدر، وإلا created_at) حتى الإجابة (completed_at، وإلا updated_at) — قاعدة النسبة؛ وأي طلب ما زال مفتوحًا في وقت البيانات وأقدم من ثلاثين يومًا: غير ممتثل.</translation>
    </message>
    <message>
        <source>%L1 days counted from requested_at</source>
        <translation>%L1 يومًا محسوبة من requested_at</translation>
    </message>
    <message>
        <source>%L1 days counted from created_at (this source has no requested_at)</source>
        <translation>%L1 يومًا محسوبة من created_at (لا يوجد requested_at في هذا المصدر)</translation>
    </message>
</context>
<context>
    <name>ComplianceLive</name>
    <message>
        <source>The live compliance checks failed: %1</source>
        <translation>فشلت فحوص الامتثال الحية: %1</translation>
    </message>
    <message>
        <source>the checks could not run (no reason given)</source>
        <translation>تعذّر تشغيل الفحوص (دون سبب مذكور)</translation>
    </message>
    <message>
        <source>Dealix records %1; the data shows %2: %3</source>
        <translation>سجلات Dealix: %1؛ والبيانات تُظهر %2: %3</translation>
    </message>
    <message>
        <source>the live compliance checks read the tenant&apos;s database tables, which the API does not serve</source>
        <translation>فحوص الامتثال الحية تقرأ جداول قاعدة بيانات المستأجر، والواجهة لا تقدّمها</translation>
    </message>
</context>
<context>
    <name>ComplianceMatrix</name>
    <message>
        <source>⚠ Check failed</source>
        <translation>⚠ فشل الفحص</translation>
    </message>
    <message>
        <source>PDPL — Personal Data Protection Law</source>
        <translation>PDPL — نظام حماية البيانات الشخصية</translation>
    </message>
    <message>
        <source>NCA — National Cybersecurity Authority</source>
        <translation>NCA — الهيئة الوطنية للأمن السيبراني</translation>
    </message>
    <message>
        <source>ZATCA — Zakat, Tax and Customs Authority</source>
        <translation>ZATCA — هيئة الزكاة والضريبة والجمارك</translation>
    </message>
    <message>
        <source>SDAIA — Data and AI Authority</source>
        <translation>SDAIA — الهيئة السعودية للبيانات والذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Sector-specific</source>
        <translation>ضوابط قطاعية</translation>
    </message>
    <message>
        <source>✓ Compliant</source>
        <translation>✓ ممتثل</translation>
    </message>
    <message>
        <source>! Partial</source>
        <translation>! جزئي</translation>
    </message>
    <message>
        <source>✗ Non-compliant</source>
        <translation>✗ غير ممتثل</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>? Not assessed</source>
        <translation>? لم يُقيَّم</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Not available from this source (no compliance_controls table).</source>
        <translation>غير متاح من هذا المصدر (لا يوجد جدول compliance_controls).</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرّض للخطر</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>ممتثل</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message numerus="yes">
        <source>%n controls: records disagree with the data</source>
        <translation>
            <numerusform>%Ln ضابط: السجلات تخالف البيانات</numerusform>
            <numerusform>ضابط واحد: السجلات تخالف البيانات</numerusform>
            <numerusform>ضابطان: السجلات تخالف البيانات</numerusform>
            <numerusform>%Ln ضوابط: السجلات تخالف البيانات</numerusform>
            <numerusform>%Ln ضابطًا: السجلات تخالف البيانات</numerusform>
            <numerusform>%Ln ضابط: السجلات تخالف البيانات</numerusform>
        </translation>
    </message>
    <message>
        <source>One control: records disagree with the data</source>
        <translation>ضابط واحد: السجلات تخالف البيانات</translation>
    </message>
    <message>
        <source>%1 (records) · %2 (data)</source>
        <translation>%1 (السجلات)، %2 (البيانات)</translation>
    </message>
    <message>
        <source>%1 is not a date and time</source>
        <translation>%1 ليس تاريخًا ووقتًا</translation>
    </message>
    <message>
        <source>check history: %1</source>
        <translation>سجل الفحوص: %1</translation>
    </message>
    <message>
        <source>counts, compliance rate, score and posture: computed by the app from the controls the Dealix server lists</source>
        <translation>الأعداد ونسبة الامتثال والدرجة والوضع: يحسبها التطبيق من الضوابط التي يسردها خادم Dealix</translation>
    </message>
    <message>
        <source>live compliance checks: %1</source>
        <translation>فحوص الامتثال الحية: %1</translation>
    </message>
    <message>
        <source>remediation plans and the last check&apos;s evidence: %1</source>
        <translation>خطط المعالجة وأدلة آخر فحص: %1</translation>
    </message>
    <message>
        <source>the API serves no stored check results</source>
        <translation>الواجهة لا تقدّم نتائج فحوص محفوظة</translation>
    </message>
    <message>
        <source>the Dealix server&apos;s /posture agrees with these figures</source>
        <translation>‏/posture لدى خادم Dealix يوافق هذه الأرقام</translation>
    </message>
    <message>
        <source>the Dealix server&apos;s /posture differs: %L1 controls, %L2 compliant, %L3 partial, %L4 non-compliant, rate %5, posture %6</source>
        <translation>‏/posture لدى خادم Dealix يختلف: %L1 ضوابط، %L2 ممتثلة، %L3 جزئية، %L4 غير ممتثلة، النسبة %5، الوضع %6</translation>
    </message>
    <message>
        <source>the server&apos;s control list does not include them</source>
        <translation>قائمة الضوابط لدى الخادم لا تتضمنها</translation>
    </message>
    <message>
        <source>the server&apos;s own posture: %1</source>
        <translation>وضع الخادم نفسه: %1</translation>
    </message>
    <message>
        <source>they read the tenant&apos;s database tables, which the API does not serve</source>
        <translation>فهي تقرأ جداول قاعدة بيانات المستأجر، والواجهة لا تقدّمها</translation>
    </message>
    <message>
        <source>total says %L1 controls, the list has %L2</source>
        <translation>الإجمالي يذكر %L1 ضوابط، والقائمة فيها %L2</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <source>%1 — %2 of %3 compliant</source>
        <translation>%1 — %2 من %3 ممتثلة</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>الضابط</translation>
    </message>
    <message>
        <source>Dealix records</source>
        <translation>سجلات Dealix</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>آخر فحص</translation>
    </message>
    <message>
        <source>Data shows</source>
        <translation>ما تظهره البيانات</translation>
    </message>
    <message>
        <source>Remediation plan</source>
        <translation>خطة المعالجة</translation>
    </message>
    <message>
        <source>≠ %1 — records disagree</source>
        <translation>≠ %1 — السجلات تخالف البيانات</translation>
    </message>
    <message>
        <source>Dealix records %1; the data shows %2 as of %3: %4</source>
        <translation>سجلات Dealix: %1؛ والبيانات تُظهر %2 في %3: %4</translation>
    </message>
    <message>
        <source>As of %1: %2</source>
        <translation>في %1: %2</translation>
    </message>
</context>
<context>
    <name>ComplianceSurface</name>
    <message>
        <source>Not available: %1</source>
        <translation>غير متاح: %1</translation>
    </message>
    <message>
        <source>Saudi Compliance</source>
        <translation>الامتثال السعودي</translation>
    </message>
    <message>
        <source>Compliance rate</source>
        <translation>نسبة الامتثال</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>الوضع العام</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرّض للخطر</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>ممتثل</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>غير ممتثل</translation>
    </message>
    <message>
        <source>%1 partial</source>
        <translation>%1 جزئي</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>الضابط</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>آخر فحص</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>rate %1 · score %2 · %3 non-compliant · %4 partial</source>
        <translation>النسبة %1، الدرجة %2، %3 غير ممتثل، %4 جزئي</translation>
    </message>
    <message>
        <source>Dealix records</source>
        <translation>سجلات Dealix</translation>
    </message>
    <message>
        <source>Data shows (as of %1)</source>
        <translation>ما تظهره البيانات (في %1)</translation>
    </message>
    <message>
        <source>Records disagree with the data</source>
        <translation>السجلات تخالف البيانات</translation>
    </message>
    <message>
        <source>of %1 controls</source>
        <translation>من %1 ضابط</translation>
    </message>
    <message>
        <source>Data shows</source>
        <translation>ما تظهره البيانات</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <source>no check</source>
        <translation>لا فحص</translation>
    </message>
    <message>
        <source>Records disagree with the data: %1</source>
        <translation>السجلات تخالف البيانات: %1</translation>
    </message>
    <message>
        <source>Dealix records: the status stored in Dealix (compliance_controls). Data shows: the live check of this app on the tenant&apos;s own tables as of the time given; a control the check cannot assess keeps its recorded status in the figures. ≠ marks a control whose record the data contradicts.</source>
        <translation>سجلات Dealix: الحالة المخزنة في Dealix (compliance_controls). ما تظهره البيانات: الفحص الحي الذي يجريه هذا التطبيق على جداول المستأجر نفسه في الوقت المذكور؛ والضابط الذي لا يستطيع الفحص تقييمه يبقى بحالته المسجلة في الأرقام. وتشير ≠ إلى ضابط تخالف البيانات سجلَّه.</translation>
    </message>
</context>
<context>
    <name>ComplianceWidget</name>
    <message>
        <source>Not available: %1</source>
        <translation>غير متاح: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2 controls compliant</source>
        <translation>%1 من %2 ضوابط ممتثلة</translation>
    </message>
    <message>
        <source>compliant + ½ partial, not-applicable excluded</source>
        <translation>الممتثل + نصف الجزئي، باستثناء ما لا ينطبق</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرّض للخطر</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>ممتثل</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 partial · %2 not applicable</source>
        <translation>%1 جزئي، %2 لا ينطبق</translation>
    </message>
    <message>
        <source>Select a control to see its evidence.</source>
        <translation>اختر ضابطًا لعرض أدلته.</translation>
    </message>
    <message>
        <source>History of results</source>
        <translation>سجل النتائج</translation>
    </message>
    <message>
        <source>%1 · risk %2 · owner %3 · evidence source %4</source>
        <translation>%1، المخاطر %2، المسؤول %3، مصدر الأدلة %4</translation>
    </message>
    <message>
        <source>Stored status:</source>
        <translation>الحالة المخزّنة:</translation>
    </message>
    <message>
        <source>Remediation plan:</source>
        <translation>خطة المعالجة:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>القاعدة:</translation>
    </message>
    <message>
        <source>no check for this control</source>
        <translation>لا يوجد فحص لهذا الضابط</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Data shows (live check, not recorded unless written)</source>
        <translation>ما تظهره البيانات (فحص حي، لا يُسجَّل إلا عند الكتابة)</translation>
    </message>
    <message>
        <source>Last recorded check</source>
        <translation>آخر فحص مسجَّل</translation>
    </message>
    <message>
        <source>History of results of %1</source>
        <translation>سجل نتائج %1</translation>
    </message>
    <message>
        <source>Running the compliance checks…</source>
        <translation>جارٍ تشغيل فحوص الامتثال…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Checks cancelled; nothing was recorded.</source>
        <translation>أُلغيت الفحوص؛ لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>%1 controls checked: %2 non-compliant.</source>
        <translation>فُحص %1 ضابط: %2 غير ممتثل.</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>لم تُسجَّل.</translation>
    </message>
    <message>
        <source>Saudi Compliance</source>
        <translation>الامتثال السعودي</translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation>كل الأطر</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>All risk levels</source>
        <translation>كل مستويات المخاطر</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>شغّل الفحوص</translation>
    </message>
    <message>
        <source>Record results</source>
        <translation>سجّل النتائج</translation>
    </message>
    <message>
        <source>Write each control&apos;s status, last check and evidence, a history row and an audit row (owner or admin).</source>
        <translation>اكتب حالة كل ضابط وآخر فحص وأدلته وسجلًا في التاريخ وسجل تدقيق (مالك أو مسؤول).</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>بصفة:</translation>
    </message>
    <message>
        <source>Compliance rate</source>
        <translation>نسبة الامتثال</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>الوضع العام</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>غير ممتثل</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>وقت الفحص</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Not recorded: the figures are as of a past time, and the stored status is the current one.</source>
        <translation>لم تُسجَّل: الأرقام حتى وقت سابق، والحالة المخزّنة هي الحالة الحالية.</translation>
    </message>
    <message>
        <source>Data shows %1 · rate %2</source>
        <translation>البيانات تُظهر %1، النسبة %2</translation>
    </message>
    <message>
        <source>Data shows %1</source>
        <translation>البيانات تُظهر %1</translation>
    </message>
    <message>
        <source>Checking the data…</source>
        <translation>جارٍ فحص البيانات…</translation>
    </message>
    <message>
        <source>The live checks have not run</source>
        <translation>لم تُشغَّل الفحوص الحية</translation>
    </message>
    <message>
        <source>Records and data agree as of %1</source>
        <translation>السجلات والبيانات متفقة في %1</translation>
    </message>
    <message>
        <source>Dealix records %1; the data shows %2: %3</source>
        <translation>سجلات Dealix: %1؛ والبيانات تُظهر %2: %3</translation>
    </message>
    <message>
        <source>Records vs data</source>
        <translation>تعارض السجلات</translation>
    </message>
</context>
<context>
    <name>ComplianceWriter</name>
    <message>
        <source>Not written: the check of %1 failed (%2).</source>
        <translation>لم تُسجَّل: فشل فحص %1 (%2).</translation>
    </message>
    <message>
        <source>Writing check results needs an owner or admin.</source>
        <translation>كتابة نتائج الفحص تتطلب مالكًا أو مسؤولًا.</translation>
    </message>
    <message>
        <source>This source has no compliance_controls table to write to.</source>
        <translation>لا يحتوي هذا المصدر على جدول compliance_controls للكتابة فيه.</translation>
    </message>
    <message numerus="yes">
        <source>%n control(s) updated.</source>
        <translation>
            <numerusform>لم يُحدَّث أي ضابط.</numerusform>
            <numerusform>حُدّث ضابط واحد.</numerusform>
            <numerusform>حُدّث ضابطان.</numerusform>
            <numerusform>حُدّثت %Ln ضوابط.</numerusform>
            <numerusform>حُدّث %Ln ضابطًا.</numerusform>
            <numerusform>حُدّث %Ln ضابط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written: these results are as of %1; the stored status is the current one.</source>
        <translation>لم تُكتب: هذه النتائج حتى %1؛ والحالة المخزّنة هي الحالة الحالية.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>SQLite file (demo database or offline copy)</source>
        <translation>ملف SQLite (قاعدة البيانات التجريبية أو نسخة دون اتصال)</translation>
    </message>
    <message>
        <source>Dealix PostgreSQL database</source>
        <translation>قاعدة بيانات Dealix على PostgreSQL</translation>
    </message>
    <message>
        <source>Connect to a Dealix source</source>
        <translation>الاتصال بمصدر بيانات Dealix</translation>
    </message>
    <message>
        <source>Recent sources…</source>
        <translation>المصادر الأخيرة…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Used for this connection only and never saved. Leave empty to use PGPASSWORD or ~/.pgpass.</source>
        <translation>تُستخدم لهذا الاتصال فقط ولا تُحفظ أبدًا. اتركها فارغة لاستخدام PGPASSWORD أو ‎~/.pgpass.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Open a Dealix SQLite database</source>
        <translation>فتح قاعدة بيانات Dealix بصيغة SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات SQLite (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Dealix server (REST API)</source>
        <translation>خادم Dealix (واجهة REST)</translation>
    </message>
    <message>
        <source>Remember the token in the desktop keychain</source>
        <translation>تذكّر الرمز في سلسلة مفاتيح سطح المكتب</translation>
    </message>
    <message>
        <source>the tenant&apos;s id (a UUID); empty: the token&apos;s tenant</source>
        <translation>معرّف المستأجر (UUID)؛ فارغ: مستأجر الرمز</translation>
    </message>
    <message>
        <source>empty: DEALIX_TOKEN or the remembered token</source>
        <translation>فارغ: DEALIX_TOKEN أو الرمز المحفوظ</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>فارغ: جهات إصدار الشهادات في النظام</translation>
    </message>
    <message>
        <source>The token is kept in memory for this session; ticked, also in the desktop keychain. It is never written to the settings.</source>
        <translation>يُحفظ الرمز في الذاكرة لهذه الجلسة فقط، وعند التحديد في سلسلة مفاتيح سطح المكتب أيضًا. لا يُكتب أبدًا في الإعدادات.</translation>
    </message>
    <message>
        <source>Forget the remembered token</source>
        <translation>انسَ الرمز المحفوظ</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>عنوان الخادم:</translation>
    </message>
    <message>
        <source>Tenant id:</source>
        <translation>معرّف المستأجر:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>الرمز:</translation>
    </message>
    <message>
        <source>CA file (PEM):</source>
        <translation>ملف جهة الإصدار (PEM):</translation>
    </message>
    <message>
        <source>A certificate authority to trust</source>
        <translation>جهة إصدار شهادات موثوقة</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>شهادات PEM (*.pem *.crt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>No token is remembered for %1 any more.</source>
        <translation>لم يعد هناك رمز محفوظ لـ %1.</translation>
    </message>
</context>
<context>
    <name>ConnectorBoard</name>
    <message>
        <source>Not available from this source (no integration_sync_states table).</source>
        <translation>غير متاح من هذا المصدر (لا يوجد جدول integration_sync_states).</translation>
    </message>
    <message>
        <source>probe settings from the connector_probes table: not available over the Dealix API (probes set in the app&apos;s settings still run: they call each connector&apos;s own URL, not the API)</source>
        <translation>إعدادات الفحص من جدول connector_probes: غير متاحة عبر واجهة Dealix البرمجية (الفحوص المضبوطة في إعدادات التطبيق تعمل كما هي: فهي تتصل بعنوان كل موصّل مباشرة لا بالواجهة)</translation>
    </message>
</context>
<context>
    <name>ConnectorModel</name>
    <message>
        <source>✓ Healthy</source>
        <translation>✓ سليم</translation>
    </message>
    <message>
        <source>! Degraded</source>
        <translation>! متدهور</translation>
    </message>
    <message>
        <source>✗ Error</source>
        <translation>✗ خطأ</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>غير مُعدّ</translation>
    </message>
    <message>
        <source>? Unknown</source>
        <translation>? غير معروف</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ي %2 س</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 م.ث</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>غير مُعدّ</translation>
    </message>
    <message>
        <source>probe disabled</source>
        <translation>الفحص معطّل</translation>
    </message>
    <message>
        <source>Set an endpoint in connector_probes or in the settings to probe this connector.</source>
        <translation>حدّد عنوانًا في connector_probes أو في الإعدادات لفحص هذا الموصل.</translation>
    </message>
    <message>
        <source>%1 (from %2), timeout %3 ms, slow above %4 ms</source>
        <translation>%1 (من %2)، مهلة %3 م.ث، بطيء فوق %4 م.ث</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>الموصل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>آخر نجاح</translation>
    </message>
    <message>
        <source>Since success</source>
        <translation>منذ آخر نجاح</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>آخر محاولة</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>الفحص</translation>
    </message>
</context>
<context>
    <name>ConnectorProber</name>
    <message>
        <source>probe disabled in connector_probes</source>
        <translation>الفحص معطّل في connector_probes</translation>
    </message>
    <message>
        <source>connector disabled</source>
        <translation>الموصل معطّل</translation>
    </message>
    <message>
        <source>not an http or https URL: %1</source>
        <translation>ليس عنوان http أو https: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>لا رد خلال %1 م.ث</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>خطأ في الشبكة</translation>
    </message>
</context>
<context>
    <name>ConnectorWriter</name>
    <message>
        <source>%1: %2 recorded.</source>
        <translation>%1: سُجّلت الحالة %2.</translation>
    </message>
    <message>
        <source>Disabling or enabling a connector needs an owner or admin.</source>
        <translation>تعطيل الموصل أو تفعيله يتطلب مالكًا أو مسؤولًا.</translation>
    </message>
    <message>
        <source>No connector %1.</source>
        <translation>لا يوجد موصل %1.</translation>
    </message>
    <message>
        <source>%1 is not disabled.</source>
        <translation>%1 غير معطّل.</translation>
    </message>
    <message>
        <source>%1 is already disabled.</source>
        <translation>%1 معطّل مسبقًا.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>عُطّل %1.</translation>
    </message>
    <message>
        <source>%1 enabled again.</source>
        <translation>أُعيد تفعيل %1.</translation>
    </message>
    <message>
        <source>%1 is disabled or has a newer result; this probe was not recorded.</source>
        <translation>%1 معطّل أو لديه نتيجة أحدث؛ لم يُسجَّل هذا الفحص.</translation>
    </message>
    <message>
        <source>This is an offline review copy: it is read-only.</source>
        <translation>هذه نسخة مراجعة غير متصلة: للقراءة فقط.</translation>
    </message>
    <message>
        <source>The probe&apos;s result is shown but not recorded: not available over the Dealix API: the API has no route that stores a probe&apos;s result.</source>
        <translation>نتيجة الفحص معروضة لكنها لم تُسجَّل: غير متاح عبر واجهة Dealix البرمجية: لا تملك الواجهة مسارًا يحفظ نتيجة الفحص.</translation>
    </message>
</context>
<context>
    <name>ConnectorsSurface</name>
    <message>
        <source>Connector Governance</source>
        <translation>حوكمة الموصلات</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>متدهور</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>غير مُعدّ</translation>
    </message>
    <message>
        <source>%1 disabled, %2 unknown</source>
        <translation>%1 معطّل، %2 غير معروف</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>الموصل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>آخر نجاح</translation>
    </message>
    <message>
        <source>Since success</source>
        <translation>منذ آخر نجاح</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
</context>
<context>
    <name>ConnectorsWidget</name>
    <message>
        <source>%1 healthy · %2 degraded · %3 error · %4 unknown · %5 disabled · %6 not configured</source>
        <translation>%1 سليم، %2 متدهور، %3 خطأ، %4 غير معروف، %5 معطّل، %6 غير مُعدّ</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Probe history</source>
        <translation>سجل الفحص</translation>
    </message>
    <message>
        <source>Probe history of %1</source>
        <translation>سجل فحص %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 م.ث</translation>
    </message>
    <message>
        <source>No connector has a probe endpoint. Add rows to connector_probes, or endpoints under [probes] in the settings (see the README).</source>
        <translation>لا يوجد موصل له عنوان فحص. أضف صفوفًا إلى connector_probes، أو عناوين تحت [probes] في الإعدادات (انظر ملف README).</translation>
    </message>
    <message>
        <source>Not probed: %1</source>
        <translation>لم يُفحص: %1</translation>
    </message>
    <message numerus="yes">
        <source>Probing %n connector(s)…</source>
        <translation>
            <numerusform>لا موصلات للفحص…</numerusform>
            <numerusform>جارٍ فحص موصل واحد…</numerusform>
            <numerusform>جارٍ فحص موصلين…</numerusform>
            <numerusform>جارٍ فحص %Ln موصلات…</numerusform>
            <numerusform>جارٍ فحص %Ln موصلًا…</numerusform>
            <numerusform>جارٍ فحص %Ln موصل…</numerusform>
        </translation>
    </message>
    <message>
        <source>Probes cancelled; nothing was recorded.</source>
        <translation>أُلغي الفحص؛ لم يُسجَّل شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) done, %L1 recorded.</source>
        <translation>
            <numerusform>لم يكتمل أي فحص، وسُجّل %L1.</numerusform>
            <numerusform>اكتمل فحص واحد، وسُجّل %L1.</numerusform>
            <numerusform>اكتمل فحصان، وسُجّل %L1.</numerusform>
            <numerusform>اكتملت %Ln فحوص، وسُجّل %L1.</numerusform>
            <numerusform>اكتمل %Ln فحصًا، وسُجّل %L1.</numerusform>
            <numerusform>اكتمل %Ln فحص، وسُجّل %L1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a connector first.</source>
        <translation>اختر موصلًا أولًا.</translation>
    </message>
    <message>
        <source>Connector Governance</source>
        <translation>حوكمة الموصلات</translation>
    </message>
    <message>
        <source>Probe now</source>
        <translation>افحص الآن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Record results</source>
        <translation>سجّل النتائج</translation>
    </message>
    <message>
        <source>Write each probe&apos;s status, times and error to integration_sync_states, with an audit row.</source>
        <translation>اكتب حالة كل فحص وأوقاته وخطأه في integration_sync_states مع سجل تدقيق.</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>بصفة:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>زمن الاستجابة</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>DataDigest</name>
    <message>
        <source>no table %1</source>
        <translation>لا يوجد جدول %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The target database already holds tenants; the demo data goes into an empty database.</source>
        <translation>قاعدة البيانات الهدف تحتوي على مستأجرين؛ تُكتب البيانات التجريبية في قاعدة بيانات فارغة فقط.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>Valid: the contents hash to the stored signature.</source>
        <translation>سليمة: بصمة المحتويات تطابق التوقيع المخزّن.</translation>
    </message>
    <message>
        <source>Altered: the contents no longer match the stored signature.</source>
        <translation>معدّلة: المحتويات لم تعد تطابق التوقيع المخزّن.</translation>
    </message>
    <message>
        <source>Not signed: no hash was recorded for this pack.</source>
        <translation>غير موقّعة: لم تُسجَّل بصمة لهذه الحزمة.</translation>
    </message>
    <message>
        <source>Cannot be verified: %1</source>
        <translation>تعذّر التحقق: %1</translation>
    </message>
    <message>
        <source>this source&apos;s evidence_packs has no contents column</source>
        <translation>لا يوجد عمود contents في جدول evidence_packs في هذا المصدر</translation>
    </message>
    <message>
        <source>contents is missing</source>
        <translation>المحتويات (contents) مفقودة</translation>
    </message>
    <message>
        <source>%1: the server could not verify it (%2)</source>
        <translation>%1: تعذّر على الخادم التحقق منها (%2)</translation>
    </message>
    <message>
        <source>pack %1: the app&apos;s re-hash of the contents it received (%2) differs from the server&apos;s computed hash (%3); the server&apos;s verdict is shown (a number&apos;s written form can change in transit)</source>
        <translation>الحزمة %1: تجزئة التطبيق للمحتويات التي استلمها (%2) تختلف عن التجزئة التي حسبها الخادم (%3)؛ يُعرض حكم الخادم (قد تتغيّر الصيغة المكتوبة للأرقام أثناء النقل)</translation>
    </message>
</context>
<context>
    <name>EvidencePackList</name>
    <message>
        <source>Not available from this source (no evidence_packs table).</source>
        <translation>غير متاح من هذا المصدر (لا يوجد جدول evidence_packs).</translation>
    </message>
    <message>
        <source>No evidence pack %1.</source>
        <translation>لا توجد حزمة أدلة %1.</translation>
    </message>
    <message>
        <source>integrity: checked by the Dealix server (/evidence-packs/{id}/verify: its stored and computed hashes); the app re-hashes the contents the server sent and agrees unless said below</source>
        <translation>السلامة: تحقق منها خادم Dealix (‎/evidence-packs/{id}/verify‎: التجزئة المخزّنة والمحسوبة لديه)؛ ويعيد التطبيق تجزئة المحتويات التي أرسلها الخادم ويتفق معه ما لم يُذكر خلاف ذلك أدناه</translation>
    </message>
    <message>
        <source>entity, metadata, assembler and reviewer of each pack: not available over the Dealix API: the pack&apos;s detail does not carry them</source>
        <translation>الكيان والبيانات الوصفية ومُجمِّع الحزمة ومراجعها: غير متاحة عبر واجهة Dealix البرمجية: لا تحملها تفاصيل الحزمة</translation>
    </message>
</context>
<context>
    <name>EvidencePackModel</name>
    <message>
        <source>Deal closure</source>
        <translation>إغلاق صفقة</translation>
    </message>
    <message>
        <source>Compliance audit</source>
        <translation>تدقيق امتثال</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>مراجعة ربعية</translation>
    </message>
    <message>
        <source>Incident response</source>
        <translation>استجابة لحادث</translation>
    </message>
    <message>
        <source>Board report</source>
        <translation>تقرير مجلس الإدارة</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>مُراجَعة</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشفة</translation>
    </message>
    <message>
        <source>✓ Valid</source>
        <translation>✓ سليمة</translation>
    </message>
    <message>
        <source>✗ Altered</source>
        <translation>✗ معدّلة</translation>
    </message>
    <message>
        <source>– Not signed</source>
        <translation>– غير موقّعة</translation>
    </message>
    <message>
        <source>? Unreadable</source>
        <translation>? غير مقروءة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Stored: %1
Computed: %2</source>
        <translation>المخزّنة: %1
المحسوبة: %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Assembling</source>
        <translation>قيد التجميع</translation>
    </message>
</context>
<context>
    <name>EvidencePackPrint</name>
    <message>
        <source>SHA-256 %1 · %2</source>
        <translation>SHA-256 %1، %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>المخزّنة</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>المحسوبة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Arabic title</source>
        <translation>العنوان العربي</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>Assembled by</source>
        <translation>جمّعها</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>راجعها</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>وقت المراجعة</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>Pack id</source>
        <translation>معرّف الحزمة</translation>
    </message>
    <message>
        <source>Contents (%1 items)</source>
        <translation>المحتويات (%1 عنصر)</translation>
    </message>
    <message>
        <source>Item %1: %2 — %3</source>
        <translation>العنصر %1: %2 — %3</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
</context>
<context>
    <name>EvidencePackReviewer</name>
    <message>
        <source>Reviewing needs a user with role owner, admin or manager.</source>
        <translation>المراجعة تتطلب مستخدمًا بدور مالك أو مسؤول أو مدير.</translation>
    </message>
    <message>
        <source>This source&apos;s evidence_packs cannot record a review (no reviewer, review time or status column).</source>
        <translation>لا يستطيع جدول evidence_packs في هذا المصدر تسجيل مراجعة (لا يوجد عمود للمراجِع أو وقت المراجعة أو الحالة).</translation>
    </message>
    <message>
        <source>Not reviewed: %1</source>
        <translation>لم تُراجَع: %1</translation>
    </message>
    <message>
        <source>The pack is archived.</source>
        <translation>الحزمة مؤرشفة.</translation>
    </message>
    <message>
        <source>Already reviewed by %1 at %2.</source>
        <translation>راجعها %1 مسبقًا في %2.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <source>Reviewed.</source>
        <translation>رُوجعت.</translation>
    </message>
    <message>
        <source>The pack changed while it was being reviewed; nothing was recorded. Verify it again.</source>
        <translation>تغيّرت الحزمة أثناء مراجعتها؛ لم يُسجَّل شيء. تحقّق منها مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>EvidencePacksSurface</name>
    <message>
        <source>Evidence Packs</source>
        <translation>حزم الأدلة</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) no longer match their signature.</source>
        <translation>
            <numerusform>لا حزم تخالف توقيعها.</numerusform>
            <numerusform>حزمة واحدة لم تعد تطابق توقيعها.</numerusform>
            <numerusform>حزمتان لم تعودا تطابقان توقيعهما.</numerusform>
            <numerusform>%Ln حزم لم تعد تطابق توقيعها.</numerusform>
            <numerusform>%Ln حزمة لم تعد تطابق توقيعها.</numerusform>
            <numerusform>%Ln حزمة لم تعد تطابق توقيعها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>سليمة</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>معدّلة</translation>
    </message>
    <message>
        <source>Not signed or unreadable</source>
        <translation>غير موقّعة أو غير مقروءة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation>عرض %1 من %2</translation>
    </message>
    <message>
        <source>This source&apos;s evidence packs table lacks the columns: %1</source>
        <translation>ينقص جدولَ حزم الأدلة في هذا المصدر هذه الأعمدة: %1</translation>
    </message>
</context>
<context>
    <name>EvidencePacksWidget</name>
    <message>
        <source>Item %L1</source>
        <translation>البند %L1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا بنود</numerusform>
            <numerusform>بند واحد</numerusform>
            <numerusform>بندان</numerusform>
            <numerusform>%Ln بنود</numerusform>
            <numerusform>%Ln بندًا</numerusform>
            <numerusform>%Ln بند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) no longer match their signature.</source>
        <translation>
            <numerusform>لا حزم تخالف توقيعها.</numerusform>
            <numerusform>حزمة واحدة لم تعد تطابق توقيعها.</numerusform>
            <numerusform>حزمتان لم تعودا تطابقان توقيعهما.</numerusform>
            <numerusform>%Ln حزم لم تعد تطابق توقيعها.</numerusform>
            <numerusform>%Ln حزمة لم تعد تطابق توقيعها.</numerusform>
            <numerusform>%Ln حزمة لم تعد تطابق توقيعها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export pack as PDF</source>
        <translation>تصدير الحزمة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export pack as JSON</source>
        <translation>تصدير الحزمة بصيغة JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 packs · %2 valid · %3 altered · %4 not signed · %5 unreadable</source>
        <translation>%1 حزمة، %2 سليمة، %3 معدّلة، %4 غير موقّعة، %5 غير مقروءة</translation>
    </message>
    <message>
        <source>This source&apos;s evidence packs table lacks the columns: %1</source>
        <translation>ينقص جدولَ حزم الأدلة في هذا المصدر هذه الأعمدة: %1</translation>
    </message>
    <message>
        <source>No pack selected</source>
        <translation>لم تُحدَّد حزمة</translation>
    </message>
    <message>
        <source>Stored SHA-256: %1
Computed SHA-256: %2</source>
        <translation>بصمة SHA-256 المخزّنة: %1
بصمة SHA-256 المحسوبة: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Type: %1 · Status: %2
Created: %3 · Assembled by: %4
Reviewed by: %5 at %6</source>
        <translation>النوع: %1، الحالة: %2
أُنشئت: %3، جمّعها: %4
راجعها: %5 في %6</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 عنصر</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>البيانات الوصفية</translation>
    </message>
    <message>
        <source>Select a pack first.</source>
        <translation>اختر حزمة أولًا.</translation>
    </message>
    <message>
        <source>Evidence Packs</source>
        <translation>حزم الأدلة</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>بصفة:</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>اعتماد المراجعة</translation>
    </message>
    <message>
        <source>Pack PDF…</source>
        <translation>الحزمة PDF…</translation>
    </message>
    <message>
        <source>Pack JSON…</source>
        <translation>الحزمة JSON…</translation>
    </message>
</context>
<context>
    <name>ExecutiveRoomSurface</name>
    <message>
        <source>Executive Room</source>
        <translation>غرفة القيادة التنفيذية</translation>
    </message>
    <message>
        <source>Unknown period &quot;%1&quot; (month, quarter, year or all).</source>
        <translation>فترة غير معروفة &quot;%1&quot; (month أو quarter أو year أو all).</translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation>%1، %2، حتى %3</translation>
    </message>
</context>
<context>
    <name>ExecutiveRoomWidget</name>
    <message>
        <source>No source is connected. Use File ▸ Connect to open one.</source>
        <translation>لا يوجد مصدر متصل. استخدم ملف ◂ اتصال لفتح مصدر.</translation>
    </message>
    <message>
        <source>Stale: these figures are from %1. Refresh failed at %2: %3</source>
        <translation>أرقام قديمة: هذه الأرقام من %1. فشل التحديث في %2: %3</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>فشل التحديث: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation>%1، %2، حتى %3</translation>
    </message>
    <message>
        <source>Executive Room</source>
        <translation>غرفة القيادة التنفيذية</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>الفترة (&amp;P):</translation>
    </message>
    <message>
        <source>Auto-refresh every</source>
        <translation>تحديث تلقائي كل</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Suffix of the auto-refresh period, in seconds</extracomment>
        <translation> ث</translation>
    </message>
    <message>
        <source>Paused while the window is hidden or minimised</source>
        <translation>يتوقف مؤقتًا عند إخفاء النافذة أو تصغيرها</translation>
    </message>
    <message>
        <source>The source did not answer.</source>
        <translation>لم يستجب المصدر.</translation>
    </message>
    <message>
        <source>Click, or press Enter, to open %1</source>
        <translation>انقر أو اضغط Enter لفتح %1</translation>
    </message>
</context>
<context>
    <name>ExecutiveSnapshot</name>
    <message>
        <source>forecast</source>
        <translation>التوقع</translation>
    </message>
    <message>
        <source>Not available from this source (no %1 table).</source>
        <translation>غير متاح من هذا المصدر (لا يوجد جدول %1).</translation>
    </message>
    <message>
        <source>Not available from this source: its evidence_packs is the decision_type shape (draft, approved…), which has no ready or assembling packs.</source>
        <translation>غير متاح من هذا المصدر: جدول evidence_packs فيه بشكل decision_type (مسودة، معتمدة…)، ولا توجد فيه حزم جاهزة أو قيد التجميع.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>غير متاح: %1</translation>
    </message>
    <message>
        <source>deal counts</source>
        <translation>أعداد الصفقات</translation>
    </message>
    <message>
        <source>forecast vs actual</source>
        <translation>التوقع مقابل الفعلي</translation>
    </message>
    <message>
        <source>forecast: computed by the Dealix server as actual × %L1 (the app&apos;s dictionary adds the open pipeline weighted by probability)</source>
        <translation>التوقع: يحسبه خادم Dealix على أنه الفعلي × %L1 (قاموس التطبيق يضيف خط الصفقات المفتوح مرجّحًا بالاحتمال)</translation>
    </message>
    <message>
        <source>live compliance checks</source>
        <translation>فحوص الامتثال الحية</translation>
    </message>
    <message>
        <source>open pipeline: computed by the Dealix server over the stages discovery, proposal and negotiation only</source>
        <translation>خط الصفقات المفتوح: يحسبه خادم Dealix على مراحل الاستكشاف والعرض والتفاوض فقط</translation>
    </message>
    <message>
        <source>overall health: computed by the Dealix server (on track when its variance is %1 or better)</source>
        <translation>الحالة العامة: يحسبها خادم Dealix (على المسار حين يكون انحرافه %1 أو أفضل)</translation>
    </message>
    <message>
        <source>revenue target</source>
        <translation>مستهدف الإيرادات</translation>
    </message>
    <message>
        <source>strategic deal values left out</source>
        <translation>قيم الصفقات الاستراتيجية المستبعدة</translation>
    </message>
    <message>
        <source>the API serves no revenue targets</source>
        <translation>الواجهة لا تقدّم مستهدفات إيرادات</translation>
    </message>
    <message>
        <source>the server does not say which estimated values it could not add</source>
        <translation>الخادم لا يذكر القيم التقديرية التي تعذّر عليه جمعها</translation>
    </message>
    <message>
        <source>the server sends no revenue track</source>
        <translation>الخادم لا يرسل مسار الإيرادات</translation>
    </message>
    <message>
        <source>the server sends totals only, not the deals behind them</source>
        <translation>الخادم يرسل الإجماليات فقط، لا الصفقات التي وراءها</translation>
    </message>
    <message>
        <source>the server&apos;s snapshot covers all time; choose All time</source>
        <translation>لقطة الخادم تغطي كل الفترات؛ اختر «كل الفترات»</translation>
    </message>
    <message>
        <source>they read the tenant&apos;s database tables, which the API does not serve</source>
        <translation>فهي تقرأ جداول قاعدة بيانات المستأجر، والواجهة لا تقدّمها</translation>
    </message>
    <message>
        <source>variance: computed by the Dealix server against its own forecast, so it is %1 whenever there is revenue</source>
        <translation>الانحراف: يحسبه خادم Dealix مقابل توقعه هو، لذا يساوي %1 كلما وُجدت إيرادات</translation>
    </message>
    <message>
        <source>win rate: computed by the Dealix server as won ÷ (won + lost) over all time (%L1 when no deal is closed)</source>
        <translation>معدل الفوز: يحسبه خادم Dealix على أنه الرابحة ÷ (الرابحة + الخاسرة) على كل الفترات (%L1 حين لا تُغلق أي صفقة)</translation>
    </message>
    <message>
        <source>server_snapshot.approvals: computed by the Dealix server from each approval&apos;s escalation level (warning: level %L1; breach: level %L2 or higher), not from its deadline</source>
        <translation>⁦server_snapshot.approvals⁩: يحسبها خادم Dealix من مستوى تصعيد كل موافقة (التحذير: المستوى %L1؛ الخرق: المستوى %L2 فأعلى)، لا من موعدها النهائي</translation>
    </message>
    <message>
        <source>server_snapshot.compliance: as the Dealix server computes it</source>
        <translation>⁦server_snapshot.compliance⁩: كما يحسبها خادم Dealix</translation>
    </message>
    <message>
        <source>SLA warning and breach: computed by the app from the pending requests /approval-center/ lists, by the Approval Center&apos;s rule (deadline: created_at, else the server&apos;s age_hours, plus %L1 h; warning: less than %L2 h left); the server&apos;s own counts are server_snapshot.approvals</source>
        <translation>تحذير اتفاقية مستوى الخدمة وخرقها: يحسبهما التطبيق من الطلبات المعلّقة التي يسردها ⁦/approval-center/⁩، بقاعدة مركز الموافقات (الموعد النهائي: ⁦created_at⁩، وإلا ⁦age_hours⁩ من الخادم، مضافًا إليه %L1 ساعة؛ التحذير: أقل من %L2 ساعة متبقية)؛ أعداد الخادم نفسه هي ⁦server_snapshot.approvals⁩</translation>
    </message>
    <message>
        <source>compliance counts, rate, score and posture: computed by the app from the controls /compliance/matrix/ lists; the server&apos;s snapshot figures are server_snapshot.compliance</source>
        <translation>أعداد الامتثال ونسبته ودرجته ووضعه: يحسبها التطبيق من الضوابط التي يسردها ⁦/compliance/matrix/⁩؛ أرقام لقطة الخادم هي ⁦server_snapshot.compliance⁩</translation>
    </message>
    <message>
        <source>connectors: counted by the app from every row /connectors/governance lists; the server&apos;s snapshot figures are server_snapshot.connectors</source>
        <translation>الموصلات: يعدّها التطبيق من كل صف يسرده ⁦/connectors/governance⁩؛ أرقام لقطة الخادم هي ⁦server_snapshot.connectors⁩</translation>
    </message>
    <message>
        <source>all time has no previous period</source>
        <translation>كل الفترات ليس لها فترة سابقة</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <source>the API serves no previous period</source>
        <translation>لا تقدم الواجهة البرمجية فترة سابقة</translation>
    </message>
</context>
<context>
    <name>ExecutiveTiles</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>غير متاح: %1</translation>
    </message>
    <message>
        <source>Target %1 · forecast of the period %2 vs target</source>
        <translation>المستهدف %1، توقع الفترة %2 مقابل المستهدف</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>الامتثال</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>الموصلات</translation>
    </message>
    <message>
        <source>Contradictions</source>
        <translation>التناقضات</translation>
    </message>
    <message>
        <source>Strategic deals</source>
        <translation>الصفقات الاستراتيجية</translation>
    </message>
    <message>
        <source>Evidence packs</source>
        <translation>حزم الأدلة</translation>
    </message>
    <message>
        <source>Actual revenue</source>
        <translation>الإيراد الفعلي</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>التوقع</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>نسبة الفوز</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>خط المبيعات المفتوح</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>الوضع العام</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Active deals</source>
        <translation>الصفقات النشطة</translation>
    </message>
    <message>
        <source>Pipeline value</source>
        <translation>قيمة خط الصفقات</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Deals in other currencies, not included: %1</source>
        <translation>صفقات بعملات أخرى غير محتسبة: %1</translation>
    </message>
    <message>
        <source>Deals won: %1</source>
        <translation>الصفقات الرابحة: %1</translation>
    </message>
    <message>
        <source>Won plus open pipeline weighted by probability</source>
        <translation>الإيراد المحقق مضافًا إليه خط المبيعات المفتوح مرجحًا بالاحتمال</translation>
    </message>
    <message>
        <source>%1 won, %2 lost</source>
        <translation>رابحة %1، خاسرة %2</translation>
    </message>
    <message>
        <source>Open deals: %1</source>
        <translation>الصفقات المفتوحة: %1</translation>
    </message>
    <message>
        <source>Past the SLA deadline</source>
        <translation>تجاوزت الموعد النهائي لاتفاقية مستوى الخدمة</translation>
    </message>
    <message>
        <source>of %1 controls</source>
        <translation>من أصل %1 ضوابط</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرّض للخطر</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Compliance rate %1</source>
        <translation>نسبة الامتثال %1</translation>
    </message>
    <message>
        <source>Compliant + ½ partial</source>
        <translation>الممتثل + نصف الجزئي</translation>
    </message>
    <message>
        <source>Known connectors without a row</source>
        <translation>موصلات معروفة بلا سجل</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>هذا الربع</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <source>vs target</source>
        <translation>مقابل المستهدف</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>لم يُحدَّد مستهدف</translation>
    </message>
    <message>
        <source>No revenue target covers this period</source>
        <translation>لا يوجد مستهدف إيرادات لهذه الفترة</translation>
    </message>
    <message>
        <source>Data shows %1</source>
        <translation>البيانات تُظهر %1</translation>
    </message>
    <message>
        <source>Checking the data…</source>
        <translation>جارٍ فحص البيانات…</translation>
    </message>
    <message>
        <source>Records and data agree as of %1</source>
        <translation>السجلات والبيانات متفقة في %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: لا شيء</translation>
    </message>
    <message>
        <source>As the Dealix server computes it</source>
        <translation>كما يحسبه خادم Dealix</translation>
    </message>
    <message>
        <source>Computed by the Dealix server as actual × %L1</source>
        <translation>يحسبه خادم Dealix على أنه الفعلي × %L1</translation>
    </message>
    <message>
        <source>Decisions pending, as the Dealix server counts them</source>
        <translation>القرارات المعلقة كما يعدّها خادم Dealix</translation>
    </message>
    <message>
        <source>Forecast vs actual, as the Dealix server judges it: %1</source>
        <translation>التوقع مقابل الفعلي كما يقدّره خادم Dealix: %1</translation>
    </message>
    <message>
        <source>Forecast vs actual: %1</source>
        <translation>التوقع مقابل الفعلي: %1</translation>
    </message>
    <message>
        <source>Risks the Dealix server reports</source>
        <translation>المخاطر التي يبلغ عنها خادم Dealix</translation>
    </message>
    <message>
        <source>Stages discovery, proposal and negotiation, as the Dealix server sums them</source>
        <translation>مراحل الاستكشاف والعرض والتفاوض، كما يجمعها خادم Dealix</translation>
    </message>
    <message>
        <source>Won deals, all time, as the Dealix server sums them</source>
        <translation>الصفقات الرابحة على كل الفترات، كما يجمعها خادم Dealix</translation>
    </message>
    <message>
        <source>approvals past SLA</source>
        <translation>موافقات تجاوزت اتفاقية مستوى الخدمة</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>في خطر</translation>
    </message>
    <message>
        <source>connectors in error</source>
        <translation>موصلات معطلة</translation>
    </message>
    <message>
        <source>contradictions to review</source>
        <translation>تناقضات تحتاج مراجعة</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <source>critical contradictions</source>
        <translation>تناقضات حرجة</translation>
    </message>
    <message>
        <source>high</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>non-compliant controls</source>
        <translation>ضوابط غير ممتثلة</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>على المسار</translation>
    </message>
    <message>
        <source>pending approvals</source>
        <translation>موافقات معلقة</translation>
    </message>
    <message>
        <source>the API serves no revenue targets</source>
        <translation>الواجهة لا تقدّم مستهدفات إيرادات</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Records vs data</source>
        <translation>تعارض السجلات</translation>
    </message>
    <message>
        <source>the live checks read the database</source>
        <translation>الفحوص الحية تقرأ قاعدة البيانات</translation>
    </message>
    <message numerus="yes">
        <source>Deadline within %Ln hours</source>
        <translation>
            <numerusform>الموعد النهائي خلال %Ln ساعة</numerusform>
            <numerusform>الموعد النهائي خلال ساعة واحدة</numerusform>
            <numerusform>الموعد النهائي خلال ساعتين</numerusform>
            <numerusform>الموعد النهائي خلال %Ln ساعات</numerusform>
            <numerusform>الموعد النهائي خلال %Ln ساعة</numerusform>
            <numerusform>الموعد النهائي خلال %Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Value in SAR of the deals won (closed_won) in the period.</source>
        <translation>قيمة الصفقات الرابحة (closed_won) في الفترة بالريال السعودي.</translation>
    </message>
    <message>
        <source>Revenue won plus every open deal&apos;s value weighted by its probability.</source>
        <translation>الإيراد المحقق مضافًا إليه قيمة كل صفقة مفتوحة مرجّحة باحتمالها.</translation>
    </message>
    <message>
        <source>Actual revenue against the revenue target of the period, in percent.</source>
        <translation>الإيراد الفعلي مقابل مستهدف الإيراد للفترة، بالنسبة المئوية.</translation>
    </message>
    <message>
        <source>Deals won as a share of the deals won or lost in the period.</source>
        <translation>نسبة الصفقات الرابحة من الصفقات الرابحة أو الخاسرة في الفترة.</translation>
    </message>
    <message>
        <source>Value in SAR of the deals open now (neither won nor lost).</source>
        <translation>قيمة الصفقات المفتوحة الآن (غير الرابحة وغير الخاسرة) بالريال السعودي.</translation>
    </message>
    <message>
        <source>Approval requests waiting for a decision.</source>
        <translation>طلبات الموافقة التي تنتظر قرارًا.</translation>
    </message>
    <message numerus="yes">
        <source>Pending requests whose SLA deadline falls within the next %Ln hours.</source>
        <translation>
            <numerusform>الطلبات المعلقة التي يحل موعدها النهائي خلال %Ln ساعة القادمة.</numerusform>
            <numerusform>الطلبات المعلقة التي يحل موعدها النهائي خلال الساعة القادمة.</numerusform>
            <numerusform>الطلبات المعلقة التي يحل موعدها النهائي خلال الساعتين القادمة.</numerusform>
            <numerusform>الطلبات المعلقة التي يحل موعدها النهائي خلال %Ln ساعات القادمة.</numerusform>
            <numerusform>الطلبات المعلقة التي يحل موعدها النهائي خلال %Ln ساعة القادمة.</numerusform>
            <numerusform>الطلبات المعلقة التي يحل موعدها النهائي خلال %Ln ساعة القادمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending requests past their SLA deadline.</source>
        <translation>الطلبات المعلقة التي تجاوزت موعدها النهائي.</translation>
    </message>
    <message>
        <source>Controls recorded as compliant.</source>
        <translation>الضوابط المسجلة ممتثلة.</translation>
    </message>
    <message>
        <source>Controls recorded as partially compliant.</source>
        <translation>الضوابط المسجلة ممتثلة جزئيًا.</translation>
    </message>
    <message>
        <source>Controls recorded as non-compliant.</source>
        <translation>الضوابط المسجلة غير ممتثلة.</translation>
    </message>
    <message>
        <source>At risk if any control is non-compliant, else partial if any is partial, else compliant.</source>
        <translation>معرّض للخطر إن كان أي ضابط غير ممتثل، وإلا فجزئي إن كان أي ضابط جزئيًا، وإلا فممتثل.</translation>
    </message>
    <message>
        <source>Compliant controls plus half the partial ones, over the controls that apply.</source>
        <translation>الضوابط الممتثلة مضافًا إليها نصف الجزئية، من الضوابط المنطبقة.</translation>
    </message>
    <message>
        <source>Controls whose recorded status the live checks of the data contradict.</source>
        <translation>الضوابط التي تخالف الفحوص الحية للبيانات حالتها المسجلة.</translation>
    </message>
    <message>
        <source>Connectors whose status is OK.</source>
        <translation>الموصلات السليمة.</translation>
    </message>
    <message>
        <source>Connectors whose status is degraded.</source>
        <translation>الموصلات المتدهورة.</translation>
    </message>
    <message>
        <source>Connectors whose status is error.</source>
        <translation>الموصلات التي بها خطأ.</translation>
    </message>
    <message>
        <source>Known connectors this tenant has not set up.</source>
        <translation>الموصلات المعروفة التي لم يُعدّها هذا المستأجر.</translation>
    </message>
    <message>
        <source>Contradictions detected or under review.</source>
        <translation>التناقضات المكتشفة أو قيد المراجعة.</translation>
    </message>
    <message>
        <source>Active contradictions of critical severity.</source>
        <translation>التناقضات النشطة ذات الخطورة الحرجة.</translation>
    </message>
    <message>
        <source>Strategic deals neither won nor lost.</source>
        <translation>الصفقات الاستراتيجية غير الرابحة وغير الخاسرة.</translation>
    </message>
    <message>
        <source>Estimated value in SAR of the active strategic deals.</source>
        <translation>القيمة التقديرية للصفقات الاستراتيجية النشطة بالريال السعودي.</translation>
    </message>
    <message>
        <source>Evidence packs ready to hand over.</source>
        <translation>حزم الأدلة الجاهزة للتسليم.</translation>
    </message>
    <message>
        <source>Evidence packs still being assembled.</source>
        <translation>حزم الأدلة التي ما زالت قيد التجميع.</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>الربع الماضي</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>العام الماضي</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>A change in percentage points, e.g. of a win rate</comment>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <source>■ no change vs %1</source>
        <translation>■ دون تغيير عن %1</translation>
    </message>
    <message>
        <source>▲ up %1 vs %2</source>
        <translation>▲ ارتفاع %1 عن %2</translation>
    </message>
    <message>
        <source>▼ down %1 vs %2</source>
        <translation>▼ انخفاض %1 عن %2</translation>
    </message>
    <message>
        <source>Was %1 %2</source>
        <translation>كان %1 %2</translation>
    </message>
    <message>
        <source>No deals closed %1</source>
        <translation>لم تُغلق صفقات %1</translation>
    </message>
    <message>
        <source>No previous period</source>
        <translation>لا فترة سابقة</translation>
    </message>
    <message>
        <source>Change vs the previous period: not available</source>
        <translation>التغير عن الفترة السابقة: غير متاح</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>المستهدف %1</translation>
    </message>
    <message>
        <source>%1: %2, %3: %4</source>
        <translation>%1: %2، %3: %4</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1B</source>
        <extracomment>Compact billions on tiles and chart axes: %1 is the number, e.g. &quot;2.5B&quot;</extracomment>
        <translation>%1 مليار</translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Compact millions on tiles and chart axes: %1 is the number, e.g. &quot;100M&quot;</extracomment>
        <translation>%1 مليون</translation>
    </message>
    <message>
        <source>%1K</source>
        <extracomment>Compact thousands on tiles and chart axes: %1 is the number, e.g. &quot;12.3K&quot;</extracomment>
        <translation>%1 ألف</translation>
    </message>
</context>
<context>
    <name>ForecastSurface</name>
    <message>
        <source>Actual vs Forecast</source>
        <translation>الفعلي مقابل المتوقع</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>التوقع</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>الانحراف</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>أفضل حالة</translation>
    </message>
    <message>
        <source>Actual (won)</source>
        <translation>الفعلي (الصفقات الرابحة)</translation>
    </message>
    <message>
        <source>Forecast (weighted)</source>
        <translation>المتوقع (مرجّح)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Monthly, in SAR</source>
        <translation>شهريًا، بالريال السعودي</translation>
    </message>
</context>
<context>
    <name>ForecastWidget</name>
    <message>
        <source>Actual (won)</source>
        <translation>الفعلي (الصفقات الرابحة)</translation>
    </message>
    <message>
        <source>Forecast (weighted)</source>
        <translation>المتوقع (مرجّح)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>SAR</source>
        <translation>ر.س</translation>
    </message>
    <message>
        <source>%1 actual: %2</source>
        <translation>%1 الفعلي: %2</translation>
    </message>
    <message>
        <source>%1 forecast: %2 (commit %3, best case %4)</source>
        <translation>%1 المتوقع: %2 (الالتزام %3، أفضل حالة %4)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>التوقع</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>أفضل حالة</translation>
    </message>
    <message>
        <source> (this month)</source>
        <translation> (هذا الشهر)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>الانحراف</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%Ln صفقة</numerusform>
            <numerusform>صفقة واحدة</numerusform>
            <numerusform>صفقتان</numerusform>
            <numerusform>%Ln صفقات</numerusform>
            <numerusform>%Ln صفقة</numerusform>
            <numerusform>%Ln صفقة</numerusform>
        </translation>
    </message>
    <message>
        <source>No targets: this source has no revenue_targets table.</source>
        <translation>لا أهداف: لا يحتوي هذا المصدر على جدول revenue_targets.</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) without an expected close date are not in the monthly forecast.</source>
        <translation>
            <numerusform>%Ln صفقة مفتوحة بلا تاريخ إغلاق متوقع ليست في التوقع الشهري.</numerusform>
            <numerusform>صفقة مفتوحة واحدة بلا تاريخ إغلاق متوقع ليست في التوقع الشهري.</numerusform>
            <numerusform>صفقتان مفتوحتان بلا تاريخ إغلاق متوقع ليستا في التوقع الشهري.</numerusform>
            <numerusform>%Ln صفقات مفتوحة بلا تاريخ إغلاق متوقع ليست في التوقع الشهري.</numerusform>
            <numerusform>%Ln صفقة مفتوحة بلا تاريخ إغلاق متوقع ليست في التوقع الشهري.</numerusform>
            <numerusform>%Ln صفقة مفتوحة بلا تاريخ إغلاق متوقع ليست في التوقع الشهري.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies are counted here, not added to SAR.</source>
        <translation>
            <numerusform>%Ln صفقة بعملات أخرى تُعدّ هنا ولا تُضاف إلى الريال.</numerusform>
            <numerusform>صفقة واحدة بعملة أخرى تُعدّ هنا ولا تُضاف إلى الريال.</numerusform>
            <numerusform>صفقتان بعملات أخرى تُعدّان هنا ولا تُضافان إلى الريال.</numerusform>
            <numerusform>%Ln صفقات بعملات أخرى تُعدّ هنا ولا تُضاف إلى الريال.</numerusform>
            <numerusform>%Ln صفقة بعملات أخرى تُعدّ هنا ولا تُضاف إلى الريال.</numerusform>
            <numerusform>%Ln صفقة بعملات أخرى تُعدّ هنا ولا تُضاف إلى الريال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Actual vs Forecast</source>
        <translation>الفعلي مقابل المتوقع</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>الرسم البياني</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) expected before this month are past their date and not in the forecast.</source>
        <translation>
            <numerusform>%Ln صفقة مفتوحة تاريخها المتوقع قبل هذا الشهر تجاوزت موعدها وليست في التوقع.</numerusform>
            <numerusform>صفقة مفتوحة واحدة تاريخها المتوقع قبل هذا الشهر تجاوزت موعدها وليست في التوقع.</numerusform>
            <numerusform>صفقتان مفتوحتان تاريخهما المتوقع قبل هذا الشهر تجاوزتا موعدهما وليستا في التوقع.</numerusform>
            <numerusform>%Ln صفقات مفتوحة تاريخها المتوقع قبل هذا الشهر تجاوزت موعدها وليست في التوقع.</numerusform>
            <numerusform>%Ln صفقة مفتوحة تاريخها المتوقع قبل هذا الشهر تجاوزت موعدها وليست في التوقع.</numerusform>
            <numerusform>%Ln صفقة مفتوحة تاريخها المتوقع قبل هذا الشهر تجاوزت موعدها وليست في التوقع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n market(s)</source>
        <translation>
            <numerusform>%Ln سوق</numerusform>
            <numerusform>سوق واحدة</numerusform>
            <numerusform>سوقان</numerusform>
            <numerusform>%Ln أسواق</numerusform>
            <numerusform>%Ln سوقًا</numerusform>
            <numerusform>%Ln سوق</numerusform>
        </translation>
    </message>
    <message>
        <source>Variance analysis: %1</source>
        <translation>تحليل الانحراف: %1</translation>
    </message>
    <message>
        <source>This month so far (partial)</source>
        <translation>هذا الشهر حتى الآن (جزئي)</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <source>A background query did not stop; exiting without waiting for it.</source>
        <translation>لم يتوقف استعلام يعمل في الخلفية؛ يُغلق البرنامج دون انتظاره.</translation>
    </message>
    <message>
        <source>No display: rendering the main window offscreen.</source>
        <translation>لا توجد شاشة عرض: تُرسم النافذة الرئيسية خارج الشاشة.</translation>
    </message>
    <message>
        <source>Generating the demo database…</source>
        <translation>جارٍ إنشاء قاعدة البيانات التجريبية…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cannot open the source</source>
        <translation>تعذر فتح المصدر</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>تعذرت الكتابة إلى %1</translation>
    </message>
    <message>
        <source>Unknown surface &quot;%1&quot;.</source>
        <translation>شاشة غير معروفة &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>Likelihood →</source>
        <translation>الاحتمال ←</translation>
    </message>
    <message>
        <source>Impact ↑</source>
        <translation>الأثر ↑</translation>
    </message>
</context>
<context>
    <name>IndexAdvice</name>
    <message>
        <source>Reads every deal figure (stage, value, probability, dates) from the index alone: revenue, pipeline and forecast without reading the deals themselves.</source>
        <translation>يقرأ أرقام كل صفقة (المرحلة والقيمة والاحتمال والتواريخ) من الفهرس وحده: الإيرادات وخط الصفقات والتوقع دون قراءة الصفقات نفسها.</translation>
    </message>
    <message>
        <source>Finds the deals closed in a period.</source>
        <translation>يجد الصفقات المغلقة في فترة.</translation>
    </message>
    <message>
        <source>Finds the deals created in a period.</source>
        <translation>يجد الصفقات المنشأة في فترة.</translation>
    </message>
    <message>
        <source>Reads the tenant&apos;s leads by status from the index alone (the consent coverage check).</source>
        <translation>يقرأ العملاء المحتملين للمستأجر حسب الحالة من الفهرس وحده (فحص تغطية الموافقات).</translation>
    </message>
    <message>
        <source>Lists the tenant&apos;s requests by status, oldest first (the approval queue).</source>
        <translation>يسرد طلبات المستأجر حسب الحالة، الأقدم أولًا (طابور الموافقات).</translation>
    </message>
    <message>
        <source>Gives the approval queue&apos;s first page in queue order (priority rank, age, id) without sorting the tenant&apos;s requests: an index on the order&apos;s own expressions.</source>
        <translation>يعطي الصفحة الأولى من طابور الموافقات بترتيب الطابور (رتبة الأولوية، ثم العمر، ثم المعرّف) دون فرز طلبات المستأجر: فهرس على تعابير الترتيب نفسها.</translation>
    </message>
    <message>
        <source>Counts pending, due and breached requests and checks decisions from the index alone.</source>
        <translation>يعد الطلبات المعلقة والمستحقة والمتجاوزة ويفحص القرارات من الفهرس وحده.</translation>
    </message>
    <message>
        <source>Finds the decisions taken in a period.</source>
        <translation>يجد القرارات المتخذة في فترة.</translation>
    </message>
    <message>
        <source>Finds the requests about one deal or document.</source>
        <translation>يجد الطلبات الخاصة بصفقة أو مستند واحد.</translation>
    </message>
    <message>
        <source>Finds the tenant&apos;s users and names.</source>
        <translation>يجد مستخدمي المستأجر وأسماءهم.</translation>
    </message>
    <message>
        <source>Reads the tenant&apos;s compliance controls in order.</source>
        <translation>يقرأ ضوابط الامتثال للمستأجر بالترتيب.</translation>
    </message>
    <message>
        <source>Counts the tenant&apos;s contradictions by status.</source>
        <translation>يعد تناقضات المستأجر حسب الحالة.</translation>
    </message>
    <message>
        <source>Finds the tenant&apos;s company profile.</source>
        <translation>يجد ملف شركة المستأجر.</translation>
    </message>
    <message>
        <source>Reads the tenant&apos;s strategic deals by status.</source>
        <translation>يقرأ الصفقات الاستراتيجية للمستأجر حسب الحالة.</translation>
    </message>
    <message>
        <source>Counts the tenant&apos;s evidence packs by status.</source>
        <translation>يعد حزم الأدلة للمستأجر حسب الحالة.</translation>
    </message>
    <message>
        <source>Finds a tenant&apos;s consents of one lead.</source>
        <translation>يجد موافقات عميل محتمل واحد لدى المستأجر.</translation>
    </message>
    <message>
        <source>Tells from the index alone whether a lead has a valid consent.</source>
        <translation>يبيّن من الفهرس وحده ما إذا كان للعميل المحتمل موافقة سارية.</translation>
    </message>
    <message>
        <source>Reads the PDPL consents (status, purpose, channel, dates) from the index alone: the consent checks without reading the consents themselves.</source>
        <translation>يقرأ موافقات نظام حماية البيانات الشخصية (الحالة والغرض والقناة والتواريخ) من الفهرس وحده: فحوص الموافقات دون قراءة الموافقات نفسها.</translation>
    </message>
    <message>
        <source>Tells from the index alone whether a consent has audit rows and a revocation.</source>
        <translation>يبيّن من الفهرس وحده ما إذا كان للموافقة سجلات تدقيق وسحب.</translation>
    </message>
    <message>
        <source>Reads the tenant&apos;s data subject requests.</source>
        <translation>يقرأ طلبات أصحاب البيانات للمستأجر.</translation>
    </message>
    <message>
        <source>Finds the audit trail of one request or pack.</source>
        <translation>يجد سجل التدقيق لطلب أو حزمة واحدة.</translation>
    </message>
    <message>
        <source>Tells whether a decision or resolution was audited.</source>
        <translation>يبيّن ما إذا كان القرار أو الحل قد سُجّل في التدقيق.</translation>
    </message>
    <message>
        <source>Finds the audit entries of a period.</source>
        <translation>يجد قيود التدقيق لفترة.</translation>
    </message>
    <message>
        <source>Cannot read the indexes of %1: %2</source>
        <translation>تعذرت قراءة فهارس %1: %2</translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>Where “%1” comes from</source>
        <translation>مصدر &quot;%1&quot;</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>للمتابعة</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>غير متاح</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>استكشاف</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>تفاوض</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>مكسوبة</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>خاسرة</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>مؤهلة</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>غير مدفوعة</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>في انتظار الدفع</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>مُصعَّد</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>لينكدإن</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>مكالمة صوتية</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>Strategic deal</source>
        <translation>صفقة استراتيجية</translation>
    </message>
    <message>
        <source>Partner data sharing</source>
        <translation>مشاركة البيانات مع شريك</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>صفقة</translation>
    </message>
    <message>
        <source>Deal discount</source>
        <translation>خصم على صفقة</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>خصم</translation>
    </message>
    <message>
        <source>Outreach message</source>
        <translation>رسالة تواصل</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>حزمة أدلة</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>عقد</translation>
    </message>
    <message>
        <source>Compliance control</source>
        <translation>ضابط امتثال</translation>
    </message>
    <message>
        <source>Contradiction</source>
        <translation>تناقض</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>موصل</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>التسعير</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>شراكة</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>مشاركة البيانات</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>الامتثال</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>قانوني</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>مالي</translation>
    </message>
    <message>
        <source>WhatsApp Business API</source>
        <translation>واجهة واتساب للأعمال</translation>
    </message>
    <message>
        <source>Salesforce Agentforce</source>
        <translation>سيلزفورس إيجنت فورس</translation>
    </message>
    <message>
        <source>Stripe Payments</source>
        <translation>مدفوعات سترايب</translation>
    </message>
    <message>
        <source>Voice (Twilio)</source>
        <translation>الاتصال الصوتي (تويليو)</translation>
    </message>
    <message>
        <source>Email (SMTP/SendGrid)</source>
        <translation>البريد الإلكتروني (SMTP/SendGrid)</translation>
    </message>
    <message>
        <source>DocuSign / Adobe Sign</source>
        <translation>دوكيوساين / أدوبي ساين</translation>
    </message>
    <message>
        <source>Cal.com Meetings</source>
        <translation>اجتماعات كال دوت كوم</translation>
    </message>
    <message>
        <source>ZATCA Fatoora e-invoicing</source>
        <translation>منصة فاتورة (هيئة الزكاة والضريبة والجمارك)</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>متراجع</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>غير مُعدّ</translation>
    </message>
    <message>
        <source>PDPL (personal data)</source>
        <translation>نظام حماية البيانات الشخصية</translation>
    </message>
    <message>
        <source>ZATCA (tax and e-invoicing)</source>
        <translation>هيئة الزكاة والضريبة والجمارك</translation>
    </message>
    <message>
        <source>SDAIA (AI governance)</source>
        <translation>سدايا (حوكمة الذكاء الاصطناعي)</translation>
    </message>
    <message>
        <source>NCA (cybersecurity)</source>
        <translation>الهيئة الوطنية للأمن السيبراني</translation>
    </message>
    <message>
        <source>Sector-specific</source>
        <translation>خاصة بالقطاع</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>ممتثل</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>غير ممتثل</translation>
    </message>
    <message>
        <source>Partially compliant</source>
        <translation>ممتثل جزئيًا</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرّض للخطر</translation>
    </message>
    <message>
        <source>Factual</source>
        <translation>واقعي</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>زمني</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>السياسة</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>مكتشف</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>محلول</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <source>AI scan</source>
        <translation>فحص بالذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>At run time</source>
        <translation>أثناء التشغيل</translation>
    </message>
    <message>
        <source>Manual review</source>
        <translation>مراجعة يدوية</translation>
    </message>
    <message>
        <source>Deal closure</source>
        <translation>إغلاق صفقة</translation>
    </message>
    <message>
        <source>Compliance audit</source>
        <translation>تدقيق امتثال</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>مراجعة ربعية</translation>
    </message>
    <message>
        <source>Incident response</source>
        <translation>استجابة لحادث</translation>
    </message>
    <message>
        <source>Board report</source>
        <translation>تقرير مجلس الإدارة</translation>
    </message>
    <message>
        <source>Assembling</source>
        <translation>قيد التجميع</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت مراجعتها</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشفة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Approval request</source>
        <translation>طلب موافقة</translation>
    </message>
    <message>
        <source>User</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>المستأجر</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>ملف شركة</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>حادث</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>توزيع</translation>
    </message>
    <message>
        <source>Franchise</source>
        <translation>امتياز تجاري</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>مشروع مشترك</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>استحواذ</translation>
    </message>
    <message>
        <source>Barter</source>
        <translation>مقايضة</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>تفاوض</translation>
    </message>
    <message>
        <source>Term sheet</source>
        <translation>ورقة الشروط</translation>
    </message>
    <message>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <source>Outreach sent</source>
        <translation>أُرسل التواصل</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>تحوّلت إلى صفقة</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>ضمن المهلة</translation>
    </message>
    <message>
        <source>Near the SLA</source>
        <translation>قرب انتهاء المهلة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة عن المهلة</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>تم البت</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>المهلة مستوفاة</translation>
    </message>
    <message>
        <source>SLA missed</source>
        <translation>المهلة فائتة</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>بلا مهلة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Note (Arabic)</source>
        <translation>الملاحظة (بالعربية)</translation>
    </message>
    <message>
        <source>Amount (SAR)</source>
        <translation>المبلغ (ريال)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>سجل</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Title (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Action class</source>
        <translation>فئة الإجراء</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>نوع المورد</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>المورد</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>طلبه</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>SLA (hours)</source>
        <translation>المهلة (بالساعات)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <source>Risk summary</source>
        <translation>ملخص المخاطر</translation>
    </message>
    <message>
        <source>Reversibility</source>
        <translation>إمكانية التراجع</translation>
    </message>
    <message>
        <source>Approval packet</source>
        <translation>حزمة الموافقة</translation>
    </message>
    <message>
        <source>Value (SAR)</source>
        <translation>القيمة (ريال)</translation>
    </message>
    <message>
        <source>Revenue share (percent)</source>
        <translation>حصة الإيراد (نسبة مئوية)</translation>
    </message>
    <message>
        <source>Term (years)</source>
        <translation>المدة (بالسنوات)</translation>
    </message>
    <message>
        <source>Escalation level</source>
        <translation>مستوى التصعيد</translation>
    </message>
    <message>
        <source>Escalation label (Arabic)</source>
        <translation>وصف التصعيد (بالعربية)</translation>
    </message>
    <message>
        <source>Age (hours)</source>
        <translation>العمر (بالساعات)</translation>
    </message>
    <message>
        <source>Warning after (hours)</source>
        <translation>التنبيه بعد (ساعات)</translation>
    </message>
    <message>
        <source>Breach after (hours)</source>
        <translation>التجاوز بعد (ساعات)</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>وقت التحديث</translation>
    </message>
    <message>
        <source>Escalation changed at</source>
        <translation>وقت تغيّر التصعيد</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>وقت الإنشاء</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>وقت الإنشاء الآلي</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>أنشأه</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>مزوّد النموذج</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Freshness (hours)</source>
        <translation>الحداثة (بالساعات)</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>التتبع</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>سليمة</translation>
    </message>
    <message>
        <source>Stored hash</source>
        <translation>البصمة المخزّنة</translation>
    </message>
    <message>
        <source>Computed hash</source>
        <translation>البصمة المحسوبة</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>فحصه</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>At</source>
        <translation>في</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>التواصل الأول</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>نوع الكيان</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>الافتراضات</translation>
    </message>
    <message>
        <source>Compliance notes</source>
        <translation>ملاحظات الامتثال</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>المصدر والأصل</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>عنوان الصفقة</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>الضابط</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>وقت الفحص</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Pack details</source>
        <translation>تفاصيل الحزمة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>Reversible</source>
        <translation>قابل للتراجع</translation>
    </message>
    <message>
        <source>Partly reversible</source>
        <translation>قابل للتراجع جزئيًا</translation>
    </message>
    <message>
        <source>Irreversible</source>
        <translation>لا رجعة فيه</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>مندوب</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>القيمة المخزّنة: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>موافق على التواصل</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>رافض للتواصل</translation>
    </message>
    <message>
        <source>Awaiting consent</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>ممنوحة</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>التسويق</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>التحليلات</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>مجدَّدة</translation>
    </message>
    <message>
        <source>Access to data</source>
        <translation>الاطلاع على البيانات</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>تصحيح البيانات</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>حذف البيانات</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>تقييد المعالجة</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>التسويق بالعمولة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مستلمة</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>قيد التحقيق</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>متناهية الصغر</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>صغيرة</translation>
    </message>
    <message>
        <source>Medium-sized</source>
        <translation>متوسطة الحجم</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>كبيرة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسلة</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>مرتدّة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تم تخطيها</translation>
    </message>
    <message>
        <source>API</source>
        <translation>واجهة برمجية</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>إشعار ويب</translation>
    </message>
    <message>
        <source>Background job</source>
        <translation>مهمة في الخلفية</translation>
    </message>
    <message>
        <source>NCA ECC (essential cybersecurity controls)</source>
        <translation>الضوابط الأساسية للأمن السيبراني (⁨NCA ECC⁩)</translation>
    </message>
    <message>
        <source>NIST AI RMF (AI risk management)</source>
        <translation>إدارة مخاطر الذكاء الاصطناعي (⁨NIST AI RMF⁩)</translation>
    </message>
    <message>
        <source>OWASP LLM (AI application security)</source>
        <translation>أمن تطبيقات النماذج اللغوية (⁨OWASP LLM⁩)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>فشل الفحص</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reconnecting (attempt %L1)… %2</source>
        <translation>جارٍ إعادة الاتصال (المحاولة %L1)… %2</translation>
    </message>
    <message numerus="yes">
        <source>Reconnected after %n attempt(s).</source>
        <translation>
            <numerusform>أُعيد الاتصال بعد %Ln محاولة.</numerusform>
            <numerusform>أُعيد الاتصال بعد محاولة واحدة.</numerusform>
            <numerusform>أُعيد الاتصال بعد محاولتين.</numerusform>
            <numerusform>أُعيد الاتصال بعد %Ln محاولات.</numerusform>
            <numerusform>أُعيد الاتصال بعد %Ln محاولة.</numerusform>
            <numerusform>أُعيد الاتصال بعد %Ln محاولة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dealix Executive Desktop</source>
        <translation>مكتب Dealix التنفيذي</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Recent sources</source>
        <translation>المصادر الأخيرة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>اتصال… (&amp;C)</translation>
    </message>
    <message>
        <source>Open a Dealix source: a SQLite file or a PostgreSQL database</source>
        <translation>فتح مصدر Dealix: ملف SQLite أو قاعدة بيانات PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Export surface…</source>
        <translation>تصدير الشاشة… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث (&amp;R)</translation>
    </message>
    <message>
        <source>Recompute the current surface from the source (F5)</source>
        <translation>إعادة حساب الشاشة الحالية من المصدر (F5)</translation>
    </message>
    <message>
        <source>&amp;About Dealix Executive Desktop</source>
        <translation>حول مكتب Dealix التنفيذي (&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول Qt (&amp;Q)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <extracomment>Label before the tenant selector in the toolbar</extracomment>
        <translation>المستأجر:</translation>
    </message>
    <message>
        <source>Cannot open the source</source>
        <translation>تعذر فتح المصدر</translation>
    </message>
    <message>
        <source>Cannot switch tenant</source>
        <translation>تعذر تبديل المستأجر</translation>
    </message>
    <message>
        <source>No source connected</source>
        <translation>لا يوجد مصدر متصل</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>المستأجر: %1</translation>
    </message>
    <message>
        <source>No tenant</source>
        <translation>لا يوجد مستأجر</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>As of now</source>
        <translation>حتى الآن</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>فشل التحديث</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>حُدِّث %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>تصدير %1</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>صُدِّر إلى %1</translation>
    </message>
    <message>
        <source>About Dealix Executive Desktop</source>
        <translation>حول مكتب Dealix التنفيذي</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dealix Executive Desktop %1&lt;/h3&gt;&lt;p&gt;The decision surfaces of a Dealix tenant, computed from real data, in Arabic and English.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;مكتب Dealix التنفيذي %1&lt;/h3&gt;&lt;p&gt;شاشات القرار لمستأجر Dealix، محسوبة من بيانات حقيقية، بالعربية والإنجليزية.&lt;/p&gt;&lt;p&gt;مبني باستخدام Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Board pack…</source>
        <translation>حزمة مجلس الإدارة… (&amp;B)</translation>
    </message>
    <message>
        <source>Preview, print or save the board pack (PDF or HTML)</source>
        <translation>معاينة حزمة مجلس الإدارة أو طباعتها أو حفظها (PDF أو HTML)</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>حزمة مجلس الإدارة</translation>
    </message>
    <message>
        <source>Connect to a source first.</source>
        <translation>اتصل بمصدر أولًا.</translation>
    </message>
    <message>
        <source>Save &amp;offline copy…</source>
        <translation>حفظ نسخة &amp;غير متصلة…</translation>
    </message>
    <message>
        <source>Write the tenant&apos;s data to a file that opens anywhere, read-only, and shows if it was changed</source>
        <translation>اكتب بيانات المستأجر في ملف يُفتح في أي مكان للقراءة فقط ويكشف أي تعديل عليه</translation>
    </message>
    <message>
        <source>No source is connected.</source>
        <translation>لا يوجد مصدر متصل.</translation>
    </message>
    <message>
        <source>Save offline copy</source>
        <translation>حفظ نسخة غير متصلة</translation>
    </message>
    <message>
        <source>Offline review copy (*.dealix-review);;SQLite database (*.sqlite)</source>
        <translation>نسخة مراجعة غير متصلة (*.dealix-review);;قاعدة بيانات SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>Writing the offline copy…</source>
        <translation>جارٍ كتابة النسخة غير المتصلة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Offline copy written to %1</source>
        <translation>كُتبت النسخة غير المتصلة في %1</translation>
    </message>
    <message>
        <source>The tenants could not be listed: %1</source>
        <translation>تعذّر سرد المستأجرين: %1</translation>
    </message>
    <message>
        <source>Clear offline cache</source>
        <translation>مسح النسخة المخزّنة دون اتصال</translation>
    </message>
    <message>
        <source>Open a Dealix source: a SQLite file, a PostgreSQL database or a Dealix server</source>
        <translation>افتح مصدر Dealix: ملف SQLite أو قاعدة بيانات PostgreSQL أو خادم Dealix</translation>
    </message>
    <message>
        <source>C&amp;lear offline cache…</source>
        <translation>م&amp;سح النسخة المخزّنة دون اتصال…</translation>
    </message>
    <message>
        <source>Delete the Dealix server&apos;s answers kept for when it cannot be reached</source>
        <translation>احذف إجابات خادم Dealix المحفوظة لحين تعذّر الوصول إليه</translation>
    </message>
    <message>
        <source>The offline cache belongs to a Dealix server; none is connected.</source>
        <translation>النسخة المخزّنة دون اتصال خاصة بخادم Dealix، ولا يوجد خادم متصل.</translation>
    </message>
    <message>
        <source>Delete every answer of %1 kept for when it cannot be reached (all tenants)? Without them the app cannot open this server&apos;s figures offline.</source>
        <translation>هل تحذف كل إجابات %1 المحفوظة لحين تعذّر الوصول إليه (لكل المستأجرين)؟ بدونها لا يستطيع التطبيق عرض أرقام هذا الخادم دون اتصال.</translation>
    </message>
    <message>
        <source>The offline cache of %1 was cleared.</source>
        <translation>مُسحت النسخة المخزّنة دون اتصال لـ %1.</translation>
    </message>
    <message>
        <source>Token not remembered</source>
        <translation>لم يُحفظ الرمز</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The stored value %1 is not an amount.</source>
        <translation>القيمة المخزّنة %1 ليست مبلغًا.</translation>
    </message>
    <message>
        <source>The stored value %1 is outside the exact range of %2.</source>
        <translation>القيمة المخزّنة %1 خارج النطاق الدقيق %2.</translation>
    </message>
    <message>
        <source>the sum %1 is not a whole number of halalas</source>
        <translation>المجموع %1 ليس عددًا صحيحًا من الهللات</translation>
    </message>
    <message>
        <source>the sum %1 is outside the exact range of %2</source>
        <translation>المجموع %1 خارج النطاق الدقيق %2</translation>
    </message>
    <message>
        <source>±%1 SAR</source>
        <translation>±%1 ر.س</translation>
    </message>
    <message numerus="yes">
        <source>%n deal amount(s) outside the exact range of %1</source>
        <translation>
            <numerusform>%Ln مبلغ صفقة خارج النطاق الدقيق %1</numerusform>
            <numerusform>مبلغ صفقة واحد خارج النطاق الدقيق %1</numerusform>
            <numerusform>مبلغا صفقتين خارج النطاق الدقيق %1</numerusform>
            <numerusform>%Ln مبالغ صفقات خارج النطاق الدقيق %1</numerusform>
            <numerusform>%Ln مبلغًا للصفقات خارج النطاق الدقيق %1</numerusform>
            <numerusform>%Ln مبلغ صفقة خارج النطاق الدقيق %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 is outside the exact range of %2</source>
        <translation>%1 خارج النطاق الدقيق %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) whose value is not a number are counted here, not added.</source>
        <translation>
            <numerusform>%Ln صفقة قيمتها ليست رقمًا تُعدّ هنا ولا تُضاف.</numerusform>
            <numerusform>صفقة واحدة قيمتها ليست رقمًا تُعدّ هنا ولا تُضاف.</numerusform>
            <numerusform>صفقتان قيمتاهما ليستا رقمًا تُعدّان هنا ولا تُضافان.</numerusform>
            <numerusform>%Ln صفقات قيمتها ليست رقمًا تُعدّ هنا ولا تُضاف.</numerusform>
            <numerusform>%Ln صفقة قيمتها ليست رقمًا تُعدّ هنا ولا تُضاف.</numerusform>
            <numerusform>%Ln صفقة قيمتها ليست رقمًا تُعدّ هنا ولا تُضاف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) with a negative value are counted here, not added.</source>
        <translation>
            <numerusform>%Ln صفقة بقيمة سالبة تُعدّ هنا ولا تُضاف.</numerusform>
            <numerusform>صفقة واحدة بقيمة سالبة تُعدّ هنا ولا تُضاف.</numerusform>
            <numerusform>صفقتان بقيمة سالبة تُعدّان هنا ولا تُضافان.</numerusform>
            <numerusform>%Ln صفقات بقيمة سالبة تُعدّ هنا ولا تُضاف.</numerusform>
            <numerusform>%Ln صفقة بقيمة سالبة تُعدّ هنا ولا تُضاف.</numerusform>
            <numerusform>%Ln صفقة بقيمة سالبة تُعدّ هنا ولا تُضاف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s) whose probability is not a number from %L1 to %L2 are counted here, not weighted into the forecast.</source>
        <translation>
            <numerusform>%Ln صفقة مفتوحة احتمالها ليس رقمًا بين %L1 و%L2 تُعدّ هنا ولا تُرجَّح في التوقع.</numerusform>
            <numerusform>صفقة مفتوحة واحدة احتمالها ليس رقمًا بين %L1 و%L2 تُعدّ هنا ولا تُرجَّح في التوقع.</numerusform>
            <numerusform>صفقتان مفتوحتان احتمالهما ليس رقمًا بين %L1 و%L2 تُعدّان هنا ولا تُرجَّحان في التوقع.</numerusform>
            <numerusform>%Ln صفقات مفتوحة احتمالها ليس رقمًا بين %L1 و%L2 تُعدّ هنا ولا تُرجَّح في التوقع.</numerusform>
            <numerusform>%Ln صفقة مفتوحة احتمالها ليس رقمًا بين %L1 و%L2 تُعدّ هنا ولا تُرجَّح في التوقع.</numerusform>
            <numerusform>%Ln صفقة مفتوحة احتمالها ليس رقمًا بين %L1 و%L2 تُعدّ هنا ولا تُرجَّح في التوقع.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineCopy</name>
    <message>
        <source>the manifest could not be read: %1</source>
        <translation>تعذّرت قراءة البيان: %1</translation>
    </message>
    <message>
        <source>no table %1</source>
        <translation>لا يوجد جدول %1</translation>
    </message>
    <message>
        <source>No source and tenant to copy.</source>
        <translation>لا يوجد مصدر ومستأجر للنسخ.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
    <message>
        <source>the manifest itself was changed</source>
        <translation>عُدّل البيان نفسه</translation>
    </message>
    <message>
        <source>%1: no digest in the manifest</source>
        <translation>%1: لا توجد بصمة في البيان</translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation>عُدّل %1</translation>
    </message>
    <message>
        <source>the manifest has no as-of time</source>
        <translation>لا يحمل البيان وقت البيانات</translation>
    </message>
    <message>
        <source>Offline copy as of %1 (from %2): integrity verified</source>
        <translation>نسخة غير متصلة حتى %1 (من %2): السلامة مُتحقَّق منها</translation>
    </message>
    <message>
        <source>Offline copy as of %1 (from %2): ALTERED since it was written — %3</source>
        <translation>نسخة غير متصلة حتى %1 (من %2): عُدِّلت بعد كتابتها — %3</translation>
    </message>
    <message>
        <source>This offline copy was altered since it was written: it is not copied again.</source>
        <translation>عُدّلت هذه النسخة غير المتصلة بعد كتابتها: لا تُنسخ مرة أخرى.</translation>
    </message>
    <message>
        <source>the manifest is missing</source>
        <translation>البيان مفقود</translation>
    </message>
    <message>
        <source>written in copy format %1, which this version (format %2) cannot verify</source>
        <translation>مكتوبة بتنسيق النسخة %1، ولا يستطيع هذا الإصدار (التنسيق %2) التحقق منها</translation>
    </message>
    <message>
        <source>its application id</source>
        <translation>معرّف التطبيق فيه</translation>
    </message>
    <message>
        <source>its user version</source>
        <translation>رقم إصدار المستخدم فيه</translation>
    </message>
    <message>
        <source>its manifest table</source>
        <translation>جدول البيان فيه</translation>
    </message>
    <message>
        <source>its users without password hashes</source>
        <translation>مستخدموه بلا بصمات كلمات المرور</translation>
    </message>
    <message>
        <source>its table definitions</source>
        <translation>تعريفات جداوله</translation>
    </message>
    <message>
        <source>the manifest is missing, yet the file bears the marks of an offline copy (%1)</source>
        <translation>البيان مفقود، لكن الملف يحمل علامات نسخة غير متصلة (%1)</translation>
    </message>
    <message>
        <source>Offline copy: NOT VERIFIABLE — %1</source>
        <translation>نسخة غير متصلة: لا يمكن التحقق منها — %1</translation>
    </message>
    <message>
        <source>Offline copy as of %1 (from %2): NOT VERIFIABLE — %3</source>
        <translation>نسخة غير متصلة حتى %1 (من %2): لا يمكن التحقق منها — %3</translation>
    </message>
    <message>
        <source>Cannot copy from the source: %1</source>
        <translation>تعذر النسخ من المصدر: %1</translation>
    </message>
</context>
<context>
    <name>PageLayout</name>
    <message>
        <source>[%1 more characters not printed]</source>
        <translation>[%1 حرفًا إضافيًا لم تُطبع]</translation>
    </message>
</context>
<context>
    <name>PartnerPipeline</name>
    <message>
        <source>%1: the Dealix token belongs to tenant %2; these deals are not tenant %3&apos;s</source>
        <translation>%1: رمز Dealix يخص المستأجر %2؛ هذه الصفقات ليست صفقات المستأجر %3</translation>
    </message>
    <message>
        <source>estimated value of the %1 column</source>
        <translation>القيمة التقديرية لعمود %1</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>استكشاف</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>تواصل</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>تفاوض</translation>
    </message>
    <message>
        <source>Term sheet</source>
        <translation>ورقة الشروط</translation>
    </message>
    <message>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>مغلقة رابحة</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>مغلقة خاسرة</translation>
    </message>
    <message>
        <source>Other statuses</source>
        <translation>حالات أخرى</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>شراكة</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>توزيع</translation>
    </message>
    <message>
        <source>Franchise</source>
        <translation>امتياز تجاري</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>مشروع مشترك</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>استحواذ</translation>
    </message>
    <message>
        <source>Barter</source>
        <translation>مقايضة</translation>
    </message>
    <message>
        <source>Not available from this source (no strategic_deals table).</source>
        <translation>غير متاح من هذا المصدر (لا يوجد جدول strategic_deals).</translation>
    </message>
    <message>
        <source>%1: the server still sent full pages after %L2 pages of %L3 deals; stopped there rather than show a partial pipeline.</source>
        <translation>%1: ظل الخادم يرسل صفحات ممتلئة بعد %L2 صفحة من %L3 صفقة لكل صفحة؛ توقّف التطبيق هنا بدلًا من عرض مسار ناقص.</translation>
    </message>
    <message>
        <source>the answer is not a list of deals</source>
        <translation>الإجابة ليست قائمة صفقات</translation>
    </message>
    <message>
        <source>counterpart from the company profile: not available over the Dealix API: a deal carries its target profile&apos;s id, not its name (the target company named on the deal is shown)</source>
        <translation>الطرف المقابل من ملف الشركة: غير متاح عبر واجهة Dealix البرمجية: تحمل الصفقة معرّف ملف الجهة المستهدفة لا اسمها (يُعرض اسم الشركة المستهدفة المذكور في الصفقة)</translation>
    </message>
</context>
<context>
    <name>PartnerPipelineSurface</name>
    <message>
        <source>Partner Pipeline</source>
        <translation>مسار الشراكات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>القيمة التقديرية</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>الصفقة</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>الطرف المقابل</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>showing %1 of %2 open deals</source>
        <translation>عرض %1 من %2 صفقة مفتوحة</translation>
    </message>
</context>
<context>
    <name>PartnerPipelineWidget</name>
    <message>
        <source>no counterpart named</source>
        <translation>لا طرف مقابل مسمّى</translation>
    </message>
    <message>
        <source>value not estimated</source>
        <translation>القيمة غير مقدّرة</translation>
    </message>
    <message>
        <source>AI confidence %1</source>
        <translation>ثقة الذكاء الاصطناعي %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) old</source>
        <translation>
            <numerusform>عمرها %Ln يوم</numerusform>
            <numerusform>عمرها يوم واحد</numerusform>
            <numerusform>عمرها يومان</numerusform>
            <numerusform>عمرها %Ln أيام</numerusform>
            <numerusform>عمرها %Ln يومًا</numerusform>
            <numerusform>عمرها %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deals · %2 open, %3 in the open pipeline</source>
        <translation>%1 صفقة، %2 مفتوحة، %3 في المسار المفتوح</translation>
    </message>
    <message>
        <source>Partner Pipeline</source>
        <translation>مسار الشراكات</translation>
    </message>
    <message>
        <source>All deal types</source>
        <translation>كل أنواع الصفقات</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message numerus="yes">
        <source>%n days old</source>
        <translation>
            <numerusform>أُنشئت اليوم</numerusform>
            <numerusform>عمرها يوم واحد</numerusform>
            <numerusform>عمرها يومان</numerusform>
            <numerusform>عمرها %Ln أيام</numerusform>
            <numerusform>عمرها %Ln يومًا</numerusform>
            <numerusform>عمرها %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Counterpart: %1</source>
        <translation>الطرف المقابل: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>Estimated value: %1</source>
        <translation>القيمة المقدّرة: %1</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>غير مقدّرة</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>القناة: %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>أُنشئت %1</translation>
    </message>
    <message>
        <source>Stored as: type %1, channel %2, status %3</source>
        <translation>مخزّنة بالرموز: النوع %1، القناة %2، الحالة %3</translation>
    </message>
    <message>
        <source>Total estimated value: %1</source>
        <translation>إجمالي القيمة المقدّرة: %1</translation>
    </message>
</context>
<context>
    <name>PolicyViolations</name>
    <message>
        <source>Detected</source>
        <translation>مكتشفة</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>معالجة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Other statuses</source>
        <translation>حالات أخرى</translation>
    </message>
    <message>
        <source>✗ Critical</source>
        <translation>✗ حرجة</translation>
    </message>
    <message>
        <source>! High</source>
        <translation>! عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Factual</source>
        <translation>وقائعي</translation>
    </message>
    <message>
        <source>Temporal</source>
        <translation>زمني</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>نطاق</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>سياسة</translation>
    </message>
    <message>
        <source>Not available from this source (no contradictions table).</source>
        <translation>غير متاح من هذا المصدر (لا يوجد جدول contradictions).</translation>
    </message>
    <message>
        <source>%1: total (%L2) is not active (%L3) plus resolved (%L4)</source>
        <translation>%1: الإجمالي (%L2) لا يساوي النشطة (%L3) مضافًا إليها المحلولة (%L4)</translation>
    </message>
    <message>
        <source>not available over the Dealix API: it lists active contradictions only (the counts above include the others)</source>
        <translation>غير متاح عبر واجهة Dealix البرمجية: تعرض الواجهة التناقضات النشطة فقط (الأعداد أعلاه تشمل غيرها)</translation>
    </message>
    <message>
        <source>total, active, resolved and critical active counts: the Dealix server&apos;s /contradictions/stats, as of the request</source>
        <translation>أعداد الإجمالي والنشطة والمحلولة والحرجة النشطة: من ‎/contradictions/stats‎ لدى خادم Dealix، وقت الطلب</translation>
    </message>
    <message>
        <source>resolved and accepted contradictions: %1</source>
        <translation>التناقضات المحلولة والمقبولة: %1</translation>
    </message>
    <message>
        <source>resolution, resolver and evidence of each contradiction: not available over the Dealix API: the list does not carry them</source>
        <translation>الحل ومن حلّه وأدلة كل تناقض: غير متاحة عبر واجهة Dealix البرمجية: لا تحملها القائمة</translation>
    </message>
</context>
<context>
    <name>PolicyViolationsSurface</name>
    <message>
        <source>Policy Violations</source>
        <translation>مخالفات السياسات</translation>
    </message>
    <message>
        <source>Contradictions</source>
        <translation>التناقضات</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Critical and active</source>
        <translation>حرجة ونشطة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Claim A</source>
        <translation>الادعاء أ</translation>
    </message>
    <message>
        <source>Claim B</source>
        <translation>الادعاء ب</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>showing the %1 most severe of %2 active</source>
        <translation>عرض أشد %1 من %2 نشطة</translation>
    </message>
</context>
<context>
    <name>PolicyViolationsWidget</name>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>%1 contradictions · %2 active · %3 critical and active</source>
        <translation>%1 تناقض، %2 نشط، %3 حرج ونشط</translation>
    </message>
    <message>
        <source>Select a contradiction to see both claims and the evidence.</source>
        <translation>اختر تناقضًا لعرض الادعاءين والأدلة.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>Claim A (%1):</source>
        <translation>الادعاء أ (%1):</translation>
    </message>
    <message>
        <source>Claim B (%1):</source>
        <translation>الادعاء ب (%1):</translation>
    </message>
    <message>
        <source>Detected by %1</source>
        <translation>اكتشفها %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>الأدلة:</translation>
    </message>
    <message>
        <source>Resolution (%1, %2):</source>
        <translation>المعالجة (%1، %2):</translation>
    </message>
    <message>
        <source>Select a contradiction first.</source>
        <translation>اختر تناقضًا أولًا.</translation>
    </message>
    <message>
        <source>Policy Violations</source>
        <translation>مخالفات السياسات</translation>
    </message>
    <message>
        <source>Resolution (required)</source>
        <translation>نص المعالجة (مطلوب)</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>بصفة:</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>معالجة</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>not listed by the Dealix API</source>
        <translation>لا تعرضها واجهة Dealix البرمجية</translation>
    </message>
    <message>
        <source>resolved and accepted: %1</source>
        <translation>المحلولة والمقبولة: %1</translation>
    </message>
    <message>
        <source>Detected by %1, %2</source>
        <translation>اكتشفها %1، %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Claim A (%1): %2</source>
        <translation>الادعاء أ (%1): %2</translation>
    </message>
    <message>
        <source>Claim B (%1): %2</source>
        <translation>الادعاء ب (%1): %2</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>الخطورة: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>Stored as: severity %1, type %2, status %3, detected by %4</source>
        <translation>مخزّن بالرموز: الخطورة %1، النوع %2، الحالة %3، المكتشف %4</translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <source>Source: %1
Tenant: %2
Computed at: %3</source>
        <translation>المصدر: %1
المستأجر: %2
وقت الحساب: %3</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>الصفوف المقروءة: %1</translation>
    </message>
    <message>
        <source>Provenance: %1</source>
        <translation>المصدر والتتبع: %1</translation>
    </message>
</context>
<context>
    <name>RefreshWorker</name>
    <message>
        <source>The background connection could not be opened.</source>
        <translation>تعذّر فتح اتصال الخلفية.</translation>
    </message>
</context>
<context>
    <name>RestBatch</name>
    <message>
        <source>%1 is not a date and time: %2</source>
        <translation>%1 ليس تاريخًا ووقتًا: %2</translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message>
        <source>the certificate expired on %1</source>
        <translation>انتهت صلاحية الشهادة في %1</translation>
    </message>
    <message>
        <source>the certificate is not valid before %1</source>
        <translation>الشهادة غير صالحة قبل %1</translation>
    </message>
    <message>
        <source>the certificate is for another host name (%1), not for %2</source>
        <translation>الشهادة صادرة لاسم مضيف آخر (%1)، لا للمضيف %2</translation>
    </message>
    <message>
        <source>the certificate was issued by an unknown certificate authority (%1); a private authority is trusted with --ca-file</source>
        <translation>أصدرت الشهادةَ جهةُ تصديق غير معروفة (%1)؛ تُعتمد جهة التصديق الخاصة بالخيار ‎--ca-file</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <source>the response is larger than the limit of %L1 bytes</source>
        <translation>الرد أكبر من الحد المسموح وهو %L1 بايت</translation>
    </message>
    <message>
        <source>the server redirected from https to plain http (%1), which is refused</source>
        <translation>أعاد الخادم التوجيه من https إلى http غير المشفّر (%1)، وهذا مرفوض</translation>
    </message>
    <message>
        <source>the server redirected to another address (%1), which is not followed with the token</source>
        <translation>أعاد الخادم التوجيه إلى عنوان آخر (%1)، ولا يُتّبع هذا التوجيه مع رمز الدخول</translation>
    </message>
    <message>
        <source>no complete answer within %L1 s</source>
        <translation>لم يكتمل الرد خلال %L1 ثانية</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>شهادة الخادم غير موثوقة: %1</translation>
    </message>
    <message>
        <source>no answer within %L1 s</source>
        <translation>لا رد خلال %L1 ثانية</translation>
    </message>
    <message>
        <source>the connection closed before the server answered; the request was not sent again, so it may or may not have been applied</source>
        <translation>أُغلق الاتصال قبل أن يرد الخادم؛ لم يُرسل الطلب مرة أخرى، لذا قد يكون نُفّذ أو لم يُنفّذ</translation>
    </message>
    <message>
        <source>the connection closed after %L1 bytes of the answer (%2)</source>
        <translation>أُغلق الاتصال بعد %L1 بايت من الرد (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>ردّ الخادم برمز HTTP %L1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1: %2</source>
        <translation>ردّ الخادم برمز HTTP %L1: %2</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid JSON (%1 at byte %L2)</source>
        <translation>رد الخادم ليس JSON صالحًا (%1 عند البايت %L2)</translation>
    </message>
    <message>
        <source>the server answered not_found</source>
        <translation>ردّ الخادم بأن العنصر غير موجود (not_found)</translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>تعذّرت قراءة ملف جهة التصديق %1: %2</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>لا يحتوي ملف جهة التصديق %1 على أي شهادة PEM</translation>
    </message>
    <message>
        <source>cannot remove the offline cache %1</source>
        <translation>تعذّر حذف النسخة المخزّنة دون اتصال %1</translation>
    </message>
    <message>
        <source>the token holds characters a token cannot have (a line break or a control character); it is not sent</source>
        <translation>يحوي الرمز محارف لا يمكن أن تكون في رمز (فاصل أسطر أو محرف تحكم)؛ لم يُرسَل</translation>
    </message>
</context>
<context>
    <name>RestJson</name>
    <message>
        <source>null</source>
        <translation>قيمة فارغة (null)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>قيمة منطقية (صح أو خطأ)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>المفتاح %1 غير موجود</translation>
    </message>
    <message>
        <source>%1 is %2, %3 was expected</source>
        <translation>المفتاح %1 قيمته %2، وكان المتوقع %3</translation>
    </message>
    <message>
        <source>%1 is %2, a whole number was expected</source>
        <translation>المفتاح %1 قيمته %2، وكان المتوقع عددًا صحيحًا</translation>
    </message>
    <message>
        <source>the answer is %1, a JSON object was expected</source>
        <translation>الرد %1، وكان المتوقع كائن JSON</translation>
    </message>
    <message>
        <source>%1 is outside the exact range of %2</source>
        <translation>المفتاح %1 خارج النطاق الدقيق %2</translation>
    </message>
    <message>
        <source>%1 is %2, beyond the range of a count (±%L3)</source>
        <translation>%1 قيمته %2، خارج نطاق العدد (±%L3)</translation>
    </message>
</context>
<context>
    <name>RestRequest</name>
    <message>
        <source>not available over the Dealix API: the server answers as of now, not as of %1</source>
        <translation>غير متاح عبر واجهة Dealix البرمجية: الخادم يجيب عن الوقت الحالي، لا عن %1</translation>
    </message>
    <message>
        <source>not available over the Dealix API: %1</source>
        <translation>غير متاح عبر واجهة Dealix البرمجية: %1</translation>
    </message>
</context>
<context>
    <name>RestServer</name>
    <message>
        <source>the snapshot carries tier1_exec_surface</source>
        <translation>اللقطة تحمل ⁦tier1_exec_surface⁩</translation>
    </message>
    <message>
        <source>every figure of the snapshot is zero and the compliance posture is &quot;unknown&quot;</source>
        <translation>كل أرقام اللقطة أصفار ووضع الامتثال &quot;unknown&quot;</translation>
    </message>
    <message>
        <source>the server has no /executive-room/weekly-pack</source>
        <translation>لا يوفّر الخادم ⁦/executive-room/weekly-pack⁩</translation>
    </message>
    <message>
        <source>This Dealix server looks like a Line B build, whose executive routes answer placeholder zeros (%1): its figures are not the tenant&apos;s.</source>
        <translation>يبدو أن خادم Dealix هذا من إصدار Line B الذي تُرجع مساراته التنفيذية أصفارًا مؤقتة (%1): أرقامه ليست أرقام المستأجر.</translation>
    </message>
    <message>
        <source>Stale: server unreachable, showing data received %1</source>
        <translation>بيانات قديمة: تعذّر الوصول إلى الخادم، وتُعرض بيانات وردت في %1</translation>
    </message>
</context>
<context>
    <name>RestToken</name>
    <message>
        <source>DEALIX_TOKEN is not used: it holds characters a token cannot have.</source>
        <translation>لم يُستخدم DEALIX_TOKEN: فيه محارف لا يمكن أن يحملها رمز.</translation>
    </message>
    <message>
        <source>it belongs to another user; the token file must be your own.</source>
        <translation>إنه ملك مستخدم آخر؛ يجب أن يكون ملف الرمز ملكك.</translation>
    </message>
    <message>
        <source>The token file %1 is not used: %2</source>
        <translation>لم يُستخدم ملف الرمز %1: %2</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>other users may read or change it (mode %1); make it private with chmod %2.</source>
        <translation>يستطيع مستخدمون آخرون قراءته أو تعديله (الصلاحيات %1)؛ اجعله خاصًا بالأمر chmod %2.</translation>
    </message>
    <message>
        <source>it is too large to be a token.</source>
        <translation>أكبر من أن يكون رمزًا.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>فارغ.</translation>
    </message>
    <message>
        <source>it holds more than one line; it must hold the token alone.</source>
        <translation>يحوي أكثر من سطر؛ يجب أن يحوي الرمز وحده.</translation>
    </message>
    <message>
        <source>it holds characters a token cannot have.</source>
        <translation>يحوي محارف لا يمكن أن تكون في رمز.</translation>
    </message>
    <message>
        <source>DEALIX_TOKEN is not used: it holds characters a token cannot have (a line break or a control character).</source>
        <translation>لم يُستخدم DEALIX_TOKEN: يحوي محارف لا يمكن أن تكون في رمز (فاصل أسطر أو محرف تحكم).</translation>
    </message>
</context>
<context>
    <name>RestWrites</name>
    <message>
        <source>%1: %2; the change may or may not have been saved: look again before repeating it.</source>
        <translation>%1: %2؛ قد يكون التغيير حُفظ وقد لا يكون: تحقّق مجددًا قبل تكراره.</translation>
    </message>
    <message>
        <source>Contradiction %1: not resolved: the Dealix token has no &quot;sub&quot; claim (an opaque key, or a JWT without a subject), so the server cannot record who resolved it. Use a token of a user (a JWT with its &quot;sub&quot;).</source>
        <translation>التعارض %1: لم يُحسم: رمز Dealix لا يحمل المطالبة &quot;sub&quot; (مفتاح مبهم، أو JWT بلا صاحب)، فلا يستطيع الخادم تسجيل من حسمه. استخدم رمز مستخدم (JWT يحمل &quot;sub&quot;).</translation>
    </message>
    <message>
        <source>the server checks the rights</source>
        <translation>يتحقق الخادم من الصلاحيات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 answered without a status; the change may or may not have been saved: look again before repeating it.</source>
        <translation>%1: أجاب %2 دون حالة؛ قد يكون التغيير حُفظ وقد لا يكون: تحقّق مجددًا قبل تكراره.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id the Dealix API can have (letters, digits and - _ . : only, starting with a letter or a digit).</source>
        <translation>&quot;%1&quot; ليس معرّفًا يمكن أن تستخدمه واجهة Dealix (حروف وأرقام و - _ . : فقط، يبدأ بحرف أو رقم).</translation>
    </message>
    <message>
        <source>An approval is approved, rejected or escalated, not &quot;%1&quot;.</source>
        <translation>طلب الموافقة يُقبل أو يُرفض أو يُصعَّد، لا &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Approval request %1</source>
        <translation>طلب الموافقة %1</translation>
    </message>
    <message>
        <source>Evidence pack %1</source>
        <translation>حزمة الأدلة %1</translation>
    </message>
    <message>
        <source>not available over the Dealix API: it has no route to enable a connector again (it does so with a health check on the server).</source>
        <translation>غير متاح عبر واجهة Dealix: لا يوجد فيها مسار لإعادة تفعيل موصل (يعيده الخادم بفحص السلامة).</translation>
    </message>
    <message>
        <source>Connector %1</source>
        <translation>الموصل %1</translation>
    </message>
    <message>
        <source>Contradiction %1</source>
        <translation>التناقض %1</translation>
    </message>
    <message>
        <source>The Dealix token&apos;s owner</source>
        <translation>مالك رمز Dealix</translation>
    </message>
    <message>
        <source>Over the Dealix API the acting user is the token&apos;s owner: --as is ignored.</source>
        <translation>عبر واجهة Dealix يتصرّف مالك الرمز: يُتجاهل الخيار ‎--as.</translation>
    </message>
    <message>
        <source>The Dealix server saves nothing for an escalation: the request stays as it was.</source>
        <translation>لا يحفظ خادم Dealix شيئًا عند التصعيد: يبقى الطلب كما كان.</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>Could not be computed: %1</source>
        <translation>تعذّر الحساب: %1</translation>
    </message>
    <message>
        <source>unknown error (no cause given)</source>
        <translation>خطأ غير معروف (لم يُذكر سبب)</translation>
    </message>
</context>
<context>
    <name>RevenueForecast</name>
    <message>
        <source>Commit (≥ %1) to best case</source>
        <translation>من الالتزام (%1 فأكثر) إلى أفضل حالة</translation>
    </message>
    <message>
        <source>revenue forecast of the window</source>
        <translation>توقع الإيرادات للنافذة</translation>
    </message>
    <message>
        <source>a revenue target (%1 to %2, %3) has no valid period: the dates cannot be read as a start on or before an end</source>
        <translation>مستهدف إيرادات (%1 إلى %2، %3) بلا فترة صالحة: لا يمكن قراءة التاريخين بداية في نهاية أو قبلها</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>الشراكات</translation>
    </message>
    <message>
        <source>M&amp;A</source>
        <translation>الاندماج والاستحواذ</translation>
    </message>
    <message>
        <source>Not available from this source (no deals table).</source>
        <translation>غير متاح من هذا المصدر (لا يوجد جدول deals).</translation>
    </message>
    <message>
        <source>a revenue target (%1 to %2, %3) is not an amount ≥ 0 within the exact range</source>
        <translation>مستهدف إيرادات (%1 إلى %2، %3) ليس مبلغًا غير سالب ضمن النطاق الدقيق</translation>
    </message>
    <message>
        <source>the revenue targets of %1 add up beyond the exact range</source>
        <translation>مجموع مستهدفات الإيرادات لشهر %1 يتجاوز النطاق الدقيق</translation>
    </message>
    <message>
        <source>%1[%L2] is not text</source>
        <translation>العنصر %L2 من %1 ليس نصًا</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>التوسع</translation>
    </message>
    <message>
        <source>deals left out of the sums (no expected close date, overdue, other currencies, values or probabilities that are not numbers): %1</source>
        <translation>الصفقات المستبعدة من المجاميع (بلا تاريخ إغلاق متوقع، أو متأخرة، أو بعملات أخرى، أو بقيم أو احتمالات ليست أرقامًا): %1</translation>
    </message>
    <message>
        <source>expansion: fixed in the Dealix server&apos;s code (markets launched and planned are not read from any data)</source>
        <translation>التوسع: ثابت في شيفرة خادم Dealix (الأسواق المُطلقة والمخطط لها لا تُقرأ من أي بيانات)</translation>
    </message>
    <message>
        <source>monthly actual, forecast, commit and best case: %1</source>
        <translation>الفعلي والتوقع والملتزم وأفضل حالة شهريًا: %1</translation>
    </message>
    <message>
        <source>overall health: computed by the Dealix server (on track whenever there is won revenue)</source>
        <translation>الحالة العامة: يحسبها خادم Dealix (على المسار كلما وُجدت إيرادات رابحة)</translation>
    </message>
    <message>
        <source>partnerships and M&amp;A targets: set by the Dealix server as the larger of the count and %L1 (partnerships) or %L2 (M&amp;A), not targets anyone entered</source>
        <translation>مستهدفات الشراكات والاندماج والاستحواذ: يضعها خادم Dealix على أنها الأكبر بين العدد و%L1 (الشراكات) أو %L2 (الاندماج والاستحواذ)، لا مستهدفات أدخلها أحد</translation>
    </message>
    <message>
        <source>revenue forecast: computed by the Dealix server as actual + %L1 × the open pipeline (stages discovery, proposal and negotiation), over all time; the app&apos;s dictionary weighs each open deal by its probability, month by month</source>
        <translation>توقع الإيرادات: يحسبه خادم Dealix على أنه الفعلي + %L1 × خط الصفقات المفتوح (مراحل الاستكشاف والعرض والتفاوض) على كل الفترات؛ وقاموس التطبيق يرجّح كل صفقة مفتوحة باحتمالها شهرًا بشهر</translation>
    </message>
    <message>
        <source>revenue targets: %1</source>
        <translation>مستهدفات الإيرادات: %1</translation>
    </message>
    <message>
        <source>the API serves no revenue targets</source>
        <translation>الواجهة لا تقدّم مستهدفات إيرادات</translation>
    </message>
    <message>
        <source>the server sends one all-time total per track, not months</source>
        <translation>الخادم يرسل إجماليًا واحدًا لكل مسار على كل الفترات، لا أشهرًا</translation>
    </message>
    <message>
        <source>the server sends totals only, not the deals behind them</source>
        <translation>الخادم يرسل الإجماليات فقط، لا الصفقات التي وراءها</translation>
    </message>
    <message>
        <source>variance: computed by the Dealix server as actual − forecast (revenue) and count − target (other tracks)</source>
        <translation>الانحراف: يحسبه خادم Dealix على أنه الفعلي − التوقع (الإيرادات) والعدد − المستهدف (المسارات الأخرى)</translation>
    </message>
</context>
<context>
    <name>RiskHeatmapSurface</name>
    <message>
        <source>A control is rated on what the data shows as of %1 where the live check can assess it, otherwise on Dealix&apos;s records; ≠ marks a control whose record the data contradicts.</source>
        <translation>يُقيَّم الضابط بما تظهره البيانات في %1 حيث يستطيع الفحص الحي تقييمه، وإلا فبسجلات Dealix؛ وتشير ≠ إلى ضابط تخالف البيانات سجلَّه.</translation>
    </message>
    <message>
        <source>Controls are rated on Dealix&apos;s records: the live checks did not run.</source>
        <translation>الضوابط مقيَّمة حسب سجلات Dealix: لم تُجرَ الفحوص الحية.</translation>
    </message>
    <message>
        <source>Risk Heatmap</source>
        <translation>خريطة المخاطر</translation>
    </message>
    <message>
        <source>Impact \ likelihood</source>
        <translation>الأثر \ الاحتمال</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>showing the %1 highest of %2</source>
        <translation>عرض أعلى %1 من %2</translation>
    </message>
    <message>
        <source>Score = likelihood × impact. Cells are coloured by band, as the Band column of the list below.</source>
        <translation>الدرجة = الاحتمالية × الأثر. تُلوَّن الخلايا حسب الفئة، كما في عمود الفئة في القائمة أدناه.</translation>
    </message>
</context>
<context>
    <name>RiskHeatmapWidget</name>
    <message>
        <source>controls rated on Dealix&apos;s records; checking the data…</source>
        <translation>الضوابط مقيَّمة حسب سجلات Dealix؛ جارٍ فحص البيانات…</translation>
    </message>
    <message>
        <source>A control is rated on what the data shows where the live check can assess it, otherwise on Dealix&apos;s records; ≠ marks a control whose record the data contradicts.</source>
        <translation>يُقيَّم الضابط بما تظهره البيانات حيث يستطيع الفحص الحي تقييمه، وإلا فبسجلات Dealix؛ وتشير ≠ إلى ضابط تخالف البيانات سجلَّه.</translation>
    </message>
    <message>
        <source>Not in the register (not available from this source): %1</source>
        <translation>ليست في السجل (غير متاحة من هذا المصدر): %1</translation>
    </message>
    <message>
        <source>%1 risks · %2 critical</source>
        <translation>%1 خطر، %2 حرج</translation>
    </message>
    <message>
        <source>Click a cell to list its risks.</source>
        <translation>انقر خلية لعرض مخاطرها.</translation>
    </message>
    <message>
        <source>Double-click to open its source.</source>
        <translation>انقر مرتين لفتح مصدره.</translation>
    </message>
    <message>
        <source>Risk Heatmap</source>
        <translation>خريطة المخاطر</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>سجل المخاطر</translation>
    </message>
    <message>
        <source>Controls by category and risk level</source>
        <translation>الضوابط حسب الفئة ومستوى المخاطر</translation>
    </message>
    <message>
        <source>Score = likelihood × impact</source>
        <translation>الدرجة = الاحتمال × الأثر</translation>
    </message>
    <message>
        <source>Impact: the control&apos;s risk level, the approval&apos;s priority, the contradiction&apos;s severity (critical %1, high %2, medium %3, low %4); a known connector %2. Likelihood: non-compliant %2, partial %3; past SLA by over %5 h %1, %6 h %2, else %3; detected %2, reviewing %3, %7 after %8 days; no success for %9 days %1, one day %2, else %3.</source>
        <translation>الأثر: مستوى مخاطر الضابط، أولوية الموافقة، خطورة التناقض (حرجة %1، عالية %2، متوسطة %3، منخفضة %4)؛ موصل معروف %2. الاحتمال: غير ممتثل %2، جزئي %3؛ تجاوز اتفاقية الخدمة بأكثر من %5 ساعة %1، %6 ساعة %2، وإلا %3؛ مكتشف %2، قيد المراجعة %3، %7 بعد %8 يومًا؛ بلا نجاح منذ %9 أيام %1، يوم واحد %2، وإلا %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Risks the Dealix server reports: %1</source>
        <translation>المخاطر التي يبلغ عنها خادم Dealix: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message numerus="yes">
        <source>Likelihood %1 (%2) × impact %3 (%4) = %5, %6: %n risk(s)</source>
        <translation>
            <numerusform>الاحتمال %1 (%2) × الأثر %3 (%4) = %5، %6: لا مخاطر</numerusform>
            <numerusform>الاحتمال %1 (%2) × الأثر %3 (%4) = %5، %6: خطر واحد</numerusform>
            <numerusform>الاحتمال %1 (%2) × الأثر %3 (%4) = %5، %6: خطران</numerusform>
            <numerusform>الاحتمال %1 (%2) × الأثر %3 (%4) = %5، %6: %Ln مخاطر</numerusform>
            <numerusform>الاحتمال %1 (%2) × الأثر %3 (%4) = %5، %6: %Ln خطرًا</numerusform>
            <numerusform>الاحتمال %1 (%2) × الأثر %3 (%4) = %5، %6: %Ln خطر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskRegister</name>
    <message>
        <source>risk level %1; records %2; data %3 — %4</source>
        <translation>مستوى المخاطر %1؛ السجلات %2؛ البيانات %3 — %4</translation>
    </message>
    <message>
        <source>Compliance control</source>
        <translation>ضابط امتثال</translation>
    </message>
    <message>
        <source>Approval past SLA</source>
        <translation>موافقة تجاوزت اتفاقية الخدمة</translation>
    </message>
    <message>
        <source>Contradiction</source>
        <translation>تناقض</translation>
    </message>
    <message>
        <source>Connector in error</source>
        <translation>موصل في حالة خطأ</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>سجل المخاطر</translation>
    </message>
    <message>
        <source>risk level %1; %2</source>
        <translation>مستوى المخاطر %1؛ %2</translation>
    </message>
    <message>
        <source>%1 awaiting approval</source>
        <translation>%1 بانتظار الموافقة</translation>
    </message>
    <message numerus="yes">
        <source>priority %1; %Ln h past the deadline</source>
        <translation>
            <numerusform>الأولوية %1؛ تجاوز الموعد بـ %Ln ساعة</numerusform>
            <numerusform>الأولوية %1؛ تجاوز الموعد بـ %Ln ساعة</numerusform>
            <numerusform>الأولوية %1؛ تجاوز الموعد بـ %Ln ساعتان</numerusform>
            <numerusform>الأولوية %1؛ تجاوز الموعد بـ %Ln ساعات</numerusform>
            <numerusform>الأولوية %1؛ تجاوز الموعد بـ %Ln ساعة</numerusform>
            <numerusform>الأولوية %1؛ تجاوز الموعد بـ %Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>severity %1; %2%3</source>
        <translation>الخطورة %1؛ %2%3</translation>
    </message>
    <message numerus="yes">
        <source>; open over %Ln days</source>
        <translation>
            <numerusform>؛ مفتوح منذ أكثر من %Ln يوم</numerusform>
            <numerusform>؛ مفتوح منذ أكثر من %Ln يوم</numerusform>
            <numerusform>؛ مفتوح منذ أكثر من %Ln يومان</numerusform>
            <numerusform>؛ مفتوح منذ أكثر من %Ln أيام</numerusform>
            <numerusform>؛ مفتوح منذ أكثر من %Ln يومًا</numerusform>
            <numerusform>؛ مفتوح منذ أكثر من %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>never succeeded</source>
        <translation>لم ينجح قط</translation>
    </message>
    <message numerus="yes">
        <source>last success %Ln h ago</source>
        <translation>
            <numerusform>آخر نجاح قبل %Ln ساعة</numerusform>
            <numerusform>آخر نجاح قبل %Ln ساعة</numerusform>
            <numerusform>آخر نجاح قبل %Ln ساعتان</numerusform>
            <numerusform>آخر نجاح قبل %Ln ساعات</numerusform>
            <numerusform>آخر نجاح قبل %Ln ساعة</numerusform>
            <numerusform>آخر نجاح قبل %Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>as registered</source>
        <translation>كما سُجّل</translation>
    </message>
    <message>
        <source>approvals past SLA, contradictions and connectors in error on the grid: %1</source>
        <translation>الموافقات المتجاوزة لاتفاقية مستوى الخدمة والتناقضات والموصلات المعطلة على الشبكة: %1</translation>
    </message>
    <message>
        <source>approvals, contradictions, connectors: %1</source>
        <translation>الموافقات والتناقضات والموصلات: %1</translation>
    </message>
    <message>
        <source>controls on the grid: rated by the app from the controls the Dealix server lists (impact from the risk level, likelihood from the status)</source>
        <translation>الضوابط على الشبكة: يقيّمها التطبيق من الضوابط التي يسردها خادم Dealix (الأثر من مستوى الخطر، والاحتمال من الحالة)</translation>
    </message>
    <message>
        <source>heat map of controls: as the Dealix server counts them; it agrees with its control list</source>
        <translation>الخريطة الحرارية للضوابط: كما يعدّها خادم Dealix؛ وتوافق قائمة ضوابطه</translation>
    </message>
    <message>
        <source>heat map of controls: as the Dealix server counts them; it differs from its own control list</source>
        <translation>الخريطة الحرارية للضوابط: كما يعدّها خادم Dealix؛ وتختلف عن قائمة ضوابطه</translation>
    </message>
    <message>
        <source>live compliance checks: %1</source>
        <translation>فحوص الامتثال الحية: %1</translation>
    </message>
    <message>
        <source>the API serves no risks table</source>
        <translation>الواجهة لا تقدّم جدول مخاطر</translation>
    </message>
    <message>
        <source>the server counts them by type and rates none of them one by one</source>
        <translation>الخادم يعدّها حسب النوع ولا يقيّم أيًا منها منفردًا</translation>
    </message>
    <message>
        <source>the server&apos;s heat map: %1</source>
        <translation>الخريطة الحرارية لدى الخادم: %1</translation>
    </message>
    <message>
        <source>the tenant&apos;s own risk register: %1</source>
        <translation>سجل المخاطر الخاص بالمستأجر: %1</translation>
    </message>
    <message>
        <source>they read the tenant&apos;s database tables</source>
        <translation>فهي تقرأ جداول قاعدة بيانات المستأجر</translation>
    </message>
    <message>
        <source>total_controls says %L1, the cells add up to %L2</source>
        <translation>total_controls يذكر %L1، ومجموع الخلايا %L2</translation>
    </message>
    <message>
        <source>(%1–%2)</source>
        <comment>a band&apos;s range of scores</comment>
        <translation>(%1–%2)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>نادر</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>غير مرجّح</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>ممكن</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>مرجّح</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>شبه مؤكد</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>طفيف</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>معتدل</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>جسيم</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>بالغ الشدة</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The Dealix API does not list tenants; choose one with --tenant and the tenant&apos;s id (a UUID).</source>
        <translation>لا تسرد واجهة Dealix المستأجرين؛ اختر واحدًا بالخيار --tenant ومعرّف المستأجر (UUID).</translation>
    </message>
    <message>
        <source>Over the Dealix API the tenant is given by its id (a UUID), not &quot;%1&quot;.</source>
        <translation>عبر واجهة Dealix يُحدَّد المستأجر بمعرّفه (UUID)، لا بـ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the Dealix API does not list tenants; give the tenant&apos;s id</source>
        <translation>لا تسرد واجهة Dealix المستأجرين؛ أعطِ معرّف المستأجر</translation>
    </message>
    <message>
        <source>not a Dealix server source</source>
        <translation>ليس مصدرًا من خادم Dealix</translation>
    </message>
    <message>
        <source>the server&apos;s client is gone.</source>
        <translation>لم يعد عميل الخادم موجودًا.</translation>
    </message>
    <message>
        <source>%1 (target_session_attrs=%2: no server in the list that answered is of that kind; target_session_attrs=prefer-standby reads from a standby when one answers and from the primary otherwise.)</source>
        <translation>%1 (target_session_attrs=%2: لا يوجد في القائمة خادم أجاب ومن هذا النوع؛ الخيار target_session_attrs=prefer-standby يقرأ من خادم احتياطي إن أجاب أحدها، وإلا فمن الخادم الرئيسي.)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>تعذر فتح %1: %2</translation>
    </message>
    <message>
        <source>this build does not read the Dealix REST API yet; use a sqlite: or postgresql:// source.</source>
        <translation>هذا الإصدار لا يقرأ واجهة Dealix البرمجية (REST) بعد؛ استخدم مصدر sqlite: أو postgresql://.</translation>
    </message>
    <message>
        <source>no such file.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <source>not a file.</source>
        <translation>ليس ملفًا.</translation>
    </message>
    <message>
        <source>not a SQLite database (%1).</source>
        <translation>ليس قاعدة بيانات SQLite (%1).</translation>
    </message>
    <message>
        <source>the database is locked by another program (%1); try again when that program has finished with it.</source>
        <translation>قاعدة البيانات مقفلة من برنامج آخر (%1)؛ أعد المحاولة حين ينتهي ذلك البرنامج منها.</translation>
    </message>
    <message>
        <source>the database has unfinished changes in its log (%1) that cannot be read in a folder nothing may be written to; copy the file and that log to a writable folder and open it there.</source>
        <translation>في قاعدة البيانات تغييرات غير مكتملة في سجلها (%1) لا يمكن قراءتها في مجلد لا تجوز الكتابة فيه؛ انسخ الملف وذلك السجل إلى مجلد قابل للكتابة وافتحه هناك.</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>مشغّل PostgreSQL الخاص بـ Qt غير مثبت (حزمة Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>cannot read the catalog: %1</source>
        <translation>تعذرت قراءة فهرس قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>this database does not hold the Dealix schema (it has no tenants table).</source>
        <translation>قاعدة البيانات هذه لا تحتوي على مخطط Dealix (لا يوجد جدول tenants).</translation>
    </message>
    <message>
        <source>cannot list tenants: %1</source>
        <translation>تعذر سرد المستأجرين: %1</translation>
    </message>
    <message>
        <source>the source has no tenants.</source>
        <translation>لا يوجد مستأجرون في المصدر.</translation>
    </message>
    <message>
        <source>The source has %1 tenants; choose one with --tenant (%2).</source>
        <translation>في المصدر %1 مستأجرين؛ اختر أحدهم بالخيار ‎--tenant (%2).</translation>
    </message>
    <message>
        <source>No tenant with id or slug &quot;%1&quot; in %2.</source>
        <translation>لا يوجد مستأجر بالمعرّف أو الاسم المختصر &quot;%1&quot; في %2.</translation>
    </message>
    <message>
        <source>cannot set app.tenant_id: %1</source>
        <translation>تعذر ضبط app.tenant_id: %1</translation>
    </message>
    <message>
        <source>PostgreSQL shows this tenant no rows in %1: either it has no data yet, or row-level security is hiding them (the session&apos;s app.tenant_id is &quot;%2&quot;). Every figure would read zero.</source>
        <translation>لا يُظهر PostgreSQL لهذه الجهة أي صفوف في %1: إما أنه لا بيانات لها بعد، أو أن أمان مستوى الصفوف يخفيها (قيمة app.tenant_id للجلسة هي &quot;%2&quot;). ستظهر كل الأرقام أصفارًا.</translation>
    </message>
</context>
<context>
    <name>SourceOpener</name>
    <message>
        <source>Demo database</source>
        <translation>قاعدة البيانات التجريبية</translation>
    </message>
</context>
<context>
    <name>SourceOverview</name>
    <message>
        <source>Table %1 is missing: the surfaces that read it say so.</source>
        <translation>الجدول %1 غير موجود: الشاشات التي تقرأ منه تُظهر ذلك.</translation>
    </message>
    <message>
        <source>PostgreSQL shows this tenant no rows at all. Row-level security may be hiding them: the session&apos;s app.tenant_id is &quot;%1&quot;.</source>
        <translation>لا يُظهر PostgreSQL أي صفوف لهذا المستأجر. قد يكون أمان مستوى الصفوف يخفيها: قيمة app.tenant_id للجلسة هي &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommended index(es) missing (%1 prints them):</source>
        <translation>
            <numerusform>لا فهارس موصى بها مفقودة (يطبعها الأمر %1):</numerusform>
            <numerusform>فهرس واحد موصى به مفقود (يطبعه الأمر %1):</numerusform>
            <numerusform>فهرسان موصى بهما مفقودان (يطبعهما الأمر %1):</numerusform>
            <numerusform>%Ln فهارس موصى بها مفقودة (يطبعها الأمر %1):</numerusform>
            <numerusform>%Ln فهرسًا موصى به مفقودًا (يطبعها الأمر %1):</numerusform>
            <numerusform>%Ln فهرس موصى به مفقود (يطبعها الأمر %1):</numerusform>
        </translation>
    </message>
    <message>
        <source>Index %1 on %2 (%3): %4 Speeds up: %5.</source>
        <translation>الفهرس %1 على %2 ‏(%3): %4 يسرّع: %5.</translation>
    </message>
    <message>
        <source>An index named %1 exists but is invalid: the SQL drops it first.</source>
        <translation>يوجد فهرس باسم %1 لكنه غير صالح: تحذفه التعليمات أولًا.</translation>
    </message>
    <message>
        <source>An index named %1 exists with another definition: the SQL drops it first.</source>
        <translation>يوجد فهرس باسم %1 بتعريف آخر: تحذفه التعليمات أولًا.</translation>
    </message>
    <message>
        <source>Dealix REST API</source>
        <translation>واجهة Dealix البرمجية (REST)</translation>
    </message>
    <message>
        <source>Dealix REST API (line %1)</source>
        <translation>واجهة Dealix البرمجية (REST، الخط %1)</translation>
    </message>
    <message>
        <source>This Dealix server runs line B: its executive routes return placeholder zeros, not the tenant&apos;s figures.</source>
        <translation>يعمل خادم Dealix هذا بالخط B: تُرجع مساراته التنفيذية أصفارًا مؤقتة لا أرقام المستأجر.</translation>
    </message>
    <message>
        <source>Tables, columns and row counts: not available over the Dealix API: the API serves each surface&apos;s figures, not its tables.</source>
        <translation>الجداول والأعمدة وأعداد الصفوف: غير متاحة عبر واجهة Dealix البرمجية: تقدّم الواجهة أرقام كل شاشة لا جداولها.</translation>
    </message>
    <message>
        <source>Indexes: not available over the Dealix API: the server&apos;s database is not reachable from here.</source>
        <translation>الفهارس: غير متاحة عبر واجهة Dealix البرمجية: لا يمكن الوصول إلى قاعدة بيانات الخادم من هنا.</translation>
    </message>
</context>
<context>
    <name>SourceOverviewModel</name>
    <message>
        <source>Not present (optional)</source>
        <translation>غير موجود (اختياري)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>مفقود: %1</translation>
    </message>
    <message>
        <source>enhanced: %1</source>
        <translation>أعمدة محسّنة: %1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Rows</source>
        <extracomment>Number of rows of the tenant in a table</extracomment>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Present; columns missing: %1</source>
        <translation>موجود؛ أعمدة مفقودة: %1</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>أجاب</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ملّي ثانية</translation>
    </message>
</context>
<context>
    <name>SourceOverviewSurface</name>
    <message>
        <source>Data source</source>
        <translation>مصدر البيانات</translation>
    </message>
    <message>
        <source>%1 source %2 · tenant %3</source>
        <translation>مصدر %1 ‏%2، المستأجر %3</translation>
    </message>
</context>
<context>
    <name>SourceOverviewWidget</name>
    <message>
        <source>No source is connected. Use File ▸ Connect to open one.</source>
        <translation>لا يوجد مصدر متصل. استخدم ملف ◂ اتصال لفتح مصدر.</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>فشل التحديث: %1</translation>
    </message>
    <message>
        <source>%1 source %2 · tenant %3</source>
        <translation>مصدر %1 ‏%2، المستأجر %3</translation>
    </message>
    <message>
        <source>row-level security: app.tenant_id = %1</source>
        <translation>أمان مستوى الصفوف: app.tenant_id = %1</translation>
    </message>
    <message>
        <source>computed %1</source>
        <translation>حُسب في %1</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>مصدر البيانات</translation>
    </message>
    <message>
        <source>Provenance…</source>
        <translation>المصدر والتتبع…</translation>
    </message>
    <message>
        <source>Where these figures come from: query, rows, time and source</source>
        <translation>من أين جاءت هذه الأرقام: الاستعلام والصفوف والوقت والمصدر</translation>
    </message>
</context>
<context>
    <name>SourceUrl</name>
    <message>
        <source>No source given.</source>
        <translation>لم يُحدَّد مصدر.</translation>
    </message>
    <message>
        <source>The sqlite: source needs a file path, e.g. sqlite:/data/dealix.db.</source>
        <translation>يتطلب المصدر sqlite: مسار ملف، مثل sqlite:/data/dealix.db.</translation>
    </message>
    <message>
        <source>Malformed PostgreSQL URL %1: %2</source>
        <translation>عنوان PostgreSQL غير صالح %1: %2</translation>
    </message>
    <message>
        <source>Put the PostgreSQL password in PGPASSWORD or ~/.pgpass, not in the source URL: the URL is remembered and shown, a password must not be.</source>
        <translation>ضع كلمة مرور PostgreSQL في PGPASSWORD أو ‎~/.pgpass وليس في عنوان المصدر: العنوان يُحفظ ويُعرض، أما كلمة المرور فلا.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL needs a database name: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>يتطلب عنوان PostgreSQL اسم قاعدة بيانات: postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Unsupported PostgreSQL URL option &quot;%1&quot; (supported: %2).</source>
        <translation>خيار غير مدعوم في عنوان PostgreSQL &quot;%1&quot; (المدعوم: %2).</translation>
    </message>
    <message>
        <source>Malformed REST API URL: %1</source>
        <translation>عنوان واجهة REST غير صالح: %1</translation>
    </message>
    <message>
        <source>Unrecognised source &quot;%1&quot;. Use sqlite:PATH, postgresql://USER@HOST:PORT/DATABASE or https://HOST/api/v1.</source>
        <translation>مصدر غير معروف &quot;%1&quot;. استخدم sqlite:PATH أو postgresql://USER@HOST:PORT/DATABASE أو https://HOST/api/v1.</translation>
    </message>
    <message>
        <source>Invalid value for the PostgreSQL URL option &quot;%1&quot;.</source>
        <translation>قيمة غير صالحة لخيار عنوان PostgreSQL &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Malformed PostgreSQL URL %1: entry %L2 of the host list is not HOST, HOST:PORT or [IPv6]:PORT.</source>
        <translation>عنوان PostgreSQL غير صالح %1: العنصر %L2 في قائمة الخوادم ليس بالشكل HOST أو HOST:PORT أو [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>Malformed PostgreSQL URL %1: entry %L2 of the host list names the same server as an earlier one (a server listed twice).</source>
        <translation>عنوان PostgreSQL غير صالح %1: العنصر %L2 في قائمة الخوادم يسمّي خادمًا ورد قبله (خادم مذكور مرتين).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL option &quot;%1&quot; is given twice.</source>
        <translation>خيار عنوان PostgreSQL &quot;%1&quot; مذكور مرتين.</translation>
    </message>
    <message>
        <source>Invalid value for the PostgreSQL URL option &quot;%1&quot; (accepted: %2).</source>
        <translation>قيمة غير صالحة لخيار عنوان PostgreSQL &quot;%1&quot; (المقبول: %2).</translation>
    </message>
</context>
<context>
    <name>SurfaceWidget</name>
    <message>
        <source>No source is connected. Use File ▸ Connect to open one.</source>
        <translation>لا يوجد مصدر متصل. استخدم ملف ◂ اتصال لفتح مصدر.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>A change is still being saved; wait for its result.</source>
        <translation>ما زال تغيير قيد الحفظ؛ انتظر نتيجته.</translation>
    </message>
</context>
<context>
    <name>TokenKeychain</name>
    <message>
        <source>The desktop keychain did not answer within %L1 s (is a Secret Service such as GNOME Keyring or KWallet running?).</source>
        <translation>لم تُجب سلسلة مفاتيح سطح المكتب خلال %L1 ث (هل تعمل خدمة أسرار مثل GNOME Keyring أو KWallet؟).</translation>
    </message>
    <message>
        <source>The desktop keychain could not be used (%1). Is a Secret Service such as GNOME Keyring or KWallet running? The token is kept for this session only.</source>
        <translation>تعذّر استخدام سلسلة مفاتيح سطح المكتب (%1). هل تعمل خدمة أسرار مثل GNOME Keyring أو KWallet؟ يُحفظ الرمز لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>دون سبب مذكور</translation>
    </message>
</context>
<context>
    <name>ViolationResolver</name>
    <message>
        <source>A contradiction is resolved or accepted.</source>
        <translation>يُعالَج التناقض أو يُقبل.</translation>
    </message>
    <message>
        <source>Resolving needs a resolution text.</source>
        <translation>المعالجة تتطلب نص معالجة.</translation>
    </message>
    <message>
        <source>Resolving needs a user with role owner, admin or manager.</source>
        <translation>المعالجة تتطلب مستخدمًا بدور مالك أو مسؤول أو مدير.</translation>
    </message>
    <message>
        <source>No contradiction %1.</source>
        <translation>لا يوجد تناقض %1.</translation>
    </message>
    <message>
        <source>Already %1 by %2 at %3.</source>
        <translation>سبق أن أصبح %1 بواسطة %2 في %3.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>عولجت.</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>قُبلت.</translation>
    </message>
</context>
<context>
    <name>WeeklyChangeModel</name>
    <message>
        <source>not available from this source</source>
        <translation>غير متاح من هذا المصدر</translation>
    </message>
    <message>
        <source>better</source>
        <translation>أفضل</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>أسوأ</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>بلا تغيير</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>الأسبوع الماضي</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغير</translation>
    </message>
    <message>
        <source>not available over the Dealix API</source>
        <translation>غير متاح عبر واجهة Dealix البرمجية</translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>approval requests</source>
        <translation>طلبات الموافقة</translation>
    </message>
    <message>
        <source>contradictions</source>
        <translation>التناقضات</translation>
    </message>
    <message>
        <source>compliance controls</source>
        <translation>ضوابط الامتثال</translation>
    </message>
    <message>
        <source>Not available from this source (no %1 table).</source>
        <translation>غير متاح من هذا المصدر (لا يوجد جدول %1).</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>الصفقات الرابحة</translation>
    </message>
    <message>
        <source>Value won</source>
        <translation>القيمة المحققة</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>الصفقات الجديدة</translation>
    </message>
    <message>
        <source>New pipeline value</source>
        <translation>قيمة خط المبيعات الجديد</translation>
    </message>
    <message>
        <source>Approvals decided</source>
        <translation>الموافقات المحسومة</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>تجاوزات المهلة</translation>
    </message>
    <message>
        <source>Contradictions opened</source>
        <translation>التناقضات المفتوحة</translation>
    </message>
    <message>
        <source>Contradictions resolved</source>
        <translation>التناقضات المحلولة</translation>
    </message>
    <message>
        <source>Controls whose status changed</source>
        <translation>الضوابط التي تغيرت حالتها</translation>
    </message>
    <message>
        <source>Connector failures</source>
        <translation>إخفاقات الموصلات</translation>
    </message>
    <message>
        <source>Non-compliant controls: %1</source>
        <translation>ضوابط غير ممتثلة: %1</translation>
    </message>
    <message>
        <source>Connectors in error: %1</source>
        <translation>موصلات في حالة خطأ: %1</translation>
    </message>
    <message>
        <source>Connector in error: %1</source>
        <translation>موصل في حالة خطأ: %1</translation>
    </message>
    <message>
        <source>Approvals past their SLA: %1</source>
        <translation>موافقات تجاوزت المهلة: %1</translation>
    </message>
    <message>
        <source>Active critical contradictions: %1</source>
        <translation>تناقضات حرجة نشطة: %1</translation>
    </message>
    <message>
        <source>Partially compliant controls: %1</source>
        <translation>ضوابط ممتثلة جزئيًا: %1</translation>
    </message>
    <message>
        <source>Deals won: %1, worth %2</source>
        <translation>الصفقات الرابحة: %1، بقيمة %2</translation>
    </message>
    <message>
        <source>Approvals decided: %1</source>
        <translation>الموافقات المحسومة: %1</translation>
    </message>
    <message>
        <source>Contradictions resolved: %1</source>
        <translation>التناقضات المحلولة: %1</translation>
    </message>
    <message>
        <source>Deals expected to close: %1, worth %2</source>
        <translation>صفقات متوقع إغلاقها: %1، بقيمة %2</translation>
    </message>
    <message>
        <source>Decisions waiting for the executive: %1</source>
        <translation>قرارات بانتظار الإدارة التنفيذية: %1</translation>
    </message>
    <message>
        <source>The source returned no row.</source>
        <translation>لم يُرجع المصدر أي صف.</translation>
    </message>
    <message>
        <source>Not available from this source: %1</source>
        <translation>غير متاح من هذا المصدر: %1</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>غير متاح: %1</translation>
    </message>
    <message>
        <source>Deals won: %1 (value not available)</source>
        <translation>الصفقات المكسوبة: %1 (القيمة غير متاحة)</translation>
    </message>
    <message>
        <source>Deals expected to close: %1 (value not available)</source>
        <translation>الصفقات المتوقع إغلاقها: %1 (القيمة غير متاحة)</translation>
    </message>
    <message>
        <source>%1: records %2, data %3</source>
        <translation>%1: السجلات %2، البيانات %3</translation>
    </message>
    <message>
        <source>Dealix&apos;s records disagree with the data as of %1: %2</source>
        <translation>سجلات Dealix تخالف البيانات في %1: %2</translation>
    </message>
    <message>
        <source>%1[%L2] is not text</source>
        <translation>العنصر %L2 من %1 ليس نصًا</translation>
    </message>
    <message>
        <source>as the Dealix server judges it</source>
        <translation>كما يقدّره خادم Dealix</translation>
    </message>
    <message>
        <source>decisions required, one by one: %1</source>
        <translation>القرارات المطلوبة واحدًا واحدًا: %1</translation>
    </message>
    <message>
        <source>overall RAG: computed by the Dealix server (red for an approval at escalation level %L1 or higher, an active critical contradiction or a non-compliant control; amber for escalation level %L2 or a partial control), from stored statuses, not the live checks</source>
        <translation>التقييم العام: يحسبه خادم Dealix (أحمر لموافقة عند مستوى التصعيد %L1 فأعلى أو تناقض حرج نشط أو ضابط غير ممتثل؛ وكهرماني لمستوى التصعيد %L2 أو ضابط جزئي) من الحالات المحفوظة، لا من الفحوص الحية</translation>
    </message>
    <message>
        <source>overall_rag is &quot;%1&quot;, red, amber or green was expected</source>
        <translation>قيمة overall_rag هي «%1»، وكان المتوقع red أو amber أو green</translation>
    </message>
    <message>
        <source>synergy target: the Dealix server&apos;s revenue forecast (actual × %L1), not a target</source>
        <translation>مستهدف التآزر: توقع الإيرادات لدى خادم Dealix (الفعلي × %L1)، وليس مستهدفًا</translation>
    </message>
    <message>
        <source>the server keeps no history of past weeks</source>
        <translation>الخادم لا يحتفظ بسجل للأسابيع الماضية</translation>
    </message>
    <message>
        <source>the server packs the current week only</source>
        <translation>الخادم يجمع حزمة الأسبوع الحالي فقط</translation>
    </message>
    <message>
        <source>the weekly pack lists no decisions</source>
        <translation>الحزمة الأسبوعية لا تسرد قرارات</translation>
    </message>
    <message>
        <source>this server (Line B) has no weekly pack</source>
        <translation>هذا الخادم (الخط B) ليست لديه حزمة أسبوعية</translation>
    </message>
    <message>
        <source>week-on-week changes: %1</source>
        <translation>التغيرات من أسبوع لآخر: %1</translation>
    </message>
    <message>
        <source>week: named by the Dealix server as year and week number (Monday first, UTC), not the app&apos;s Sunday-to-Saturday week</source>
        <translation>الأسبوع: يسمّيه خادم Dealix بالسنة ورقم الأسبوع (يبدأ الاثنين، بالتوقيت العالمي)، لا أسبوع التطبيق من الأحد إلى السبت</translation>
    </message>
    <message numerus="yes">
        <source>Approval %1 overdue by %Ln h</source>
        <translation>
            <numerusform>الموافقة %1 متأخرة %Ln ساعة</numerusform>
            <numerusform>الموافقة %1 متأخرة ساعة واحدة</numerusform>
            <numerusform>الموافقة %1 متأخرة ساعتين</numerusform>
            <numerusform>الموافقة %1 متأخرة %Ln ساعات</numerusform>
            <numerusform>الموافقة %1 متأخرة %Ln ساعة</numerusform>
            <numerusform>الموافقة %1 متأخرة %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approvals within %Ln hours of their SLA: %1</source>
        <translation>
            <numerusform>موافقات خلال %Ln ساعة من موعدها النهائي: %1</numerusform>
            <numerusform>موافقات خلال ساعة واحدة من موعدها النهائي: %1</numerusform>
            <numerusform>موافقات خلال ساعتين من موعدها النهائي: %1</numerusform>
            <numerusform>موافقات خلال %Ln ساعات من موعدها النهائي: %1</numerusform>
            <numerusform>موافقات خلال %Ln ساعة من موعدها النهائي: %1</numerusform>
            <numerusform>موافقات خلال %Ln ساعة من موعدها النهائي: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue forecast %1 below target</source>
        <translation>توقع الإيراد أقل من المستهدف بـ %1</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewSurface</name>
    <message>
        <source>Weekly Review</source>
        <translation>المراجعة الأسبوعية</translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation>عرض %1 من %2</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewWidget</name>
    <message>
        <source>No source is connected. Use File ▸ Connect to open one.</source>
        <translation>لا يوجد مصدر متصل. استخدم ملف ◂ اتصال لفتح مصدر.</translation>
    </message>
    <message>
        <source>Stale: refresh failed: %1</source>
        <translation>أرقام قديمة: فشل التحديث: %1</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>فشل التحديث: %1</translation>
    </message>
    <message>
        <source>Weekly Review</source>
        <translation>المراجعة الأسبوعية</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>الأسبوع التالي</translation>
    </message>
</context>
<context>
    <name>WeeklyText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Week of %1 to %2 · compared with the week before · as of %3</source>
        <translation>أسبوع %1 إلى %2، مقارنة بالأسبوع السابق، حتى %3</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>أحمر</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>كهرماني</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>nothing needs attention</source>
        <translation>لا شيء يستدعي الانتباه</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>الحالة العامة: %1</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Contradiction</source>
        <translation>تناقض</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>تستحق في %1</translation>
    </message>
    <message>
        <source>No decisions waiting</source>
        <translation>لا توجد قرارات معلقة</translation>
    </message>
    <message>
        <source>No risks recorded</source>
        <translation>لا توجد مخاطر مسجلة</translation>
    </message>
    <message>
        <source>No blockers</source>
        <translation>لا توجد عوائق</translation>
    </message>
    <message>
        <source>Completed this week: %1</source>
        <translation>أُنجز هذا الأسبوع: %1</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>لا شيء مسجل</translation>
    </message>
    <message>
        <source>Planned next week: %1</source>
        <translation>المخطط للأسبوع القادم: %1</translation>
    </message>
    <message>
        <source>Decisions required</source>
        <translation>القرارات المطلوبة</translation>
    </message>
    <message>
        <source>Risk summary</source>
        <translation>ملخص المخاطر</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>العوائق</translation>
    </message>
    <message>
        <source>Not available over the Dealix API: the weekly pack lists no decisions</source>
        <translation>غير متاح عبر واجهة Dealix البرمجية: الحزمة الأسبوعية لا تسرد قرارات</translation>
    </message>
    <message>
        <source>Week %1, as the Dealix server names it · as of %2</source>
        <translation>الأسبوع %1 كما يسمّيه خادم Dealix، حتى %2</translation>
    </message>
    <message>
        <source>Weekly pack of the Dealix server · as of %1</source>
        <translation>الحزمة الأسبوعية لخادم Dealix، حتى %1</translation>
    </message>
    <message>
        <source>Weekly Review</source>
        <translation>المراجعة الأسبوعية</translation>
    </message>
    <message>
        <source>Weekly Review · week of %1</source>
        <translation>المراجعة الأسبوعية، أسبوع %1</translation>
    </message>
    <message>
        <source>Weekly Review · week of %1 (%2)</source>
        <translation>المراجعة الأسبوعية، أسبوع %1 (%2)</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>غير متاح</translation>
    </message>
</context>
<context>
    <name>WriteBack</name>
    <message>
        <source>%1 is not a user of tenant %2.</source>
        <translation>%1 ليس مستخدمًا لدى المستأجر %2.</translation>
    </message>
    <message>
        <source>%1 is not an active user.</source>
        <translation>%1 ليس مستخدمًا نشطًا.</translation>
    </message>
    <message>
        <source>%1 has the role %2; this needs %3.</source>
        <translation>دور %1 هو %2؛ وهذا يتطلب: %3.</translation>
    </message>
    <message>
        <source>This is an offline review copy: it is read-only.</source>
        <translation>هذه نسخة مراجعة غير متصلة: للقراءة فقط.</translation>
    </message>
</context>
</TS>
