<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>admin</name>
    <message>
        <location filename="../ui/admin/feedback.py" line="79"/>
        <location filename="../ui/admin/screen.py" line="46"/>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="../ui/admin/feedback.py" line="96"/>
        <source>Only an administrator can do this.</source>
        <translation>هذه العملية من اختصاص المدير وحده.</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="77"/>
        <source>This office</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="87"/>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="90"/>
        <source>Office code</source>
        <translation>رمز المكتب</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="91"/>
        <source>Office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="92"/>
        <source>Computer number</source>
        <translation>رقم الحاسوب</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="120"/>
        <source>Activity list</source>
        <translation>لائحة الأنشطة</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="121"/>
        <source>Load an official list…</source>
        <translation>تحميل لائحة رسمية…</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="125"/>
        <source>Version in force</source>
        <translation>الإصدار الجاري به العمل</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="126"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="128"/>
        <source>Contents</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="129"/>
        <source>%1 activities in %2 branches</source>
        <translation>%1 من الأنشطة موزعة على %2 من الفروع</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="140"/>
        <source>Provisional: load the official list as soon as you receive it.</source>
        <translation>مؤقتة: حمّل اللائحة الرسمية فور التوصل بها.</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="144"/>
        <source>Official</source>
        <translation>رسمية</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="150"/>
        <source>Load an official activity list</source>
        <translation>تحميل لائحة رسمية للأنشطة</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="152"/>
        <source>Activity lists (*.json)</source>
        <translation>لوائح الأنشطة (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="172"/>
        <source>The activity list %1 is now in force.</source>
        <translation>أصبحت لائحة الأنشطة %1 هي الجاري بها العمل.</translation>
    </message>
    <message>
        <location filename="../ui/admin/office_panel.py" line="188"/>
        <source>%1 was not loaded; the list in force is unchanged.</source>
        <translation>لم يتم تحميل %1؛ اللائحة الجاري بها العمل لم تتغير.</translation>
    </message>
    <message>
        <location filename="../ui/admin/policies_panel.py" line="58"/>
        <source>Security policies</source>
        <translation>قواعد الأمان</translation>
    </message>
    <message>
        <location filename="../ui/admin/policies_panel.py" line="61"/>
        <source>Save the policies</source>
        <translation>حفظ القواعد</translation>
    </message>
    <message>
        <location filename="../ui/admin/policies_panel.py" line="63"/>
        <location filename="../ui/admin/policies_panel.py" line="103"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../ui/admin/screen.py" line="49"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../ui/admin/screen.py" line="50"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="61"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="67"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="114"/>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="116"/>
        <source>The new user logs in with this user name and password.</source>
        <translation>يدخل المستخدم الجديد إلى البرنامج باسم المستخدم وكلمة المرور هذين.</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="120"/>
        <location filename="../ui/admin/user_table.py" line="70"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="122"/>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="125"/>
        <source>Add the user</source>
        <translation>إضافة المستخدم</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="160"/>
        <source>Reset a password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="162"/>
        <source>New password for %1 (%2). Give it to the user in person; it also lifts a lockout.</source>
        <translation>كلمة مرور جديدة للمستخدم %1 (%2). سلّمها له شخصيًا؛ وهي ترفع أيضًا قفل الحساب.</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="169"/>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="170"/>
        <source>New password again</source>
        <translation>تأكيد كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_dialogs.py" line="171"/>
        <source>Set the password</source>
        <translation>تعيين كلمة المرور</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_table.py" line="68"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_table.py" line="69"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_table.py" line="71"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_table.py" line="72"/>
        <source>Locked until</source>
        <translation>مقفل إلى غاية</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_table.py" line="94"/>
        <source>Enabled</source>
        <translation>مفعل</translation>
    </message>
    <message>
        <location filename="../ui/admin/user_table.py" line="94"/>
        <source>Disabled</source>
        <translation>معطل</translation>
    </message>
    <message>
        <location filename="../ui/admin/users_panel.py" line="77"/>
        <source>Accounts are never deleted: disable the account of someone who leaves. A new password also lifts a lockout.</source>
        <translation>لا تُحذف الحسابات أبدًا: عطّل حساب كل من يغادر المكتب. وتعيين كلمة مرور جديدة يرفع أيضًا قفل الحساب.</translation>
    </message>
    <message>
        <location filename="../ui/admin/users_panel.py" line="83"/>
        <source>Add a user…</source>
        <translation>إضافة مستخدم…</translation>
    </message>
    <message>
        <location filename="../ui/admin/users_panel.py" line="84"/>
        <source>Reset the password…</source>
        <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../ui/admin/users_panel.py" line="122"/>
        <source>Enable the account</source>
        <translation>تفعيل الحساب</translation>
    </message>
    <message>
        <location filename="../ui/admin/users_panel.py" line="125"/>
        <source>Disable the account</source>
        <translation>تعطيل الحساب</translation>
    </message>
    <message>
        <location filename="../ui/admin/users_panel.py" line="172"/>
        <source>The account %1 is the last active administrator and cannot be disabled.</source>
        <translation>الحساب %1 هو آخر حساب مدير مفعل، ولا يمكن تعطيله.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="88"/>
        <source>The office store cannot be opened. The details are in:</source>
        <translation>تعذر فتح قاعدة بيانات المكتب. التفاصيل في:</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="107"/>
        <source>Hirfa</source>
        <translation>حرفة</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="123"/>
        <source>Hirfa cannot start</source>
        <translation>تعذر تشغيل حرفة</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="116"/>
        <source>The office store is damaged</source>
        <translation>قاعدة بيانات المكتب تالفة</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location filename="../messages.py" line="273"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../messages.py" line="274"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../messages.py" line="277"/>
        <source>Artisan with a diploma</source>
        <translation>صانع تقليدي حاصل على دبلوم</translation>
    </message>
    <message>
        <location filename="../messages.py" line="278"/>
        <source>Artisan by experience</source>
        <translation>صانع تقليدي بالتجربة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="279"/>
        <source>Master artisan (maâlem)</source>
        <translation>معلم حرفي</translation>
    </message>
    <message>
        <location filename="../messages.py" line="280"/>
        <source>Craft cooperative</source>
        <translation>تعاونية الصناعة التقليدية</translation>
    </message>
    <message>
        <location filename="../messages.py" line="281"/>
        <source>Craft enterprise</source>
        <translation>مقاولة الصناعة التقليدية</translation>
    </message>
    <message>
        <location filename="../messages.py" line="284"/>
        <source>Own workshop</source>
        <translation>ورشة خاصة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="285"/>
        <source>At home</source>
        <translation>في المنزل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="286"/>
        <source>In a cooperative</source>
        <translation>داخل تعاونية</translation>
    </message>
    <message>
        <location filename="../messages.py" line="287"/>
        <source>Itinerant</source>
        <translation>متنقل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="288"/>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <location filename="../messages.py" line="291"/>
        <source>Not enrolled</source>
        <translation>غير منخرط</translation>
    </message>
    <message>
        <location filename="../messages.py" line="292"/>
        <source>Enrolled</source>
        <translation>منخرط</translation>
    </message>
    <message>
        <location filename="../messages.py" line="293"/>
        <source>Rights suspended</source>
        <translation>الحقوق موقوفة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="296"/>
        <source>Single professional contribution (CPU)</source>
        <translation>المساهمة المهنية الموحدة (CPU)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="297"/>
        <source>Auto-entrepreneur</source>
        <translation>المقاول الذاتي</translation>
    </message>
    <message>
        <location filename="../messages.py" line="298"/>
        <source>Simplified accounting</source>
        <translation>المحاسبة المبسطة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="299"/>
        <source>None</source>
        <translation>بدون</translation>
    </message>
    <message>
        <location filename="../messages.py" line="302"/>
        <source>Pending review</source>
        <translation>في انتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="303"/>
        <source>Returned to the clerk</source>
        <translation>أعيد إلى الموظف</translation>
    </message>
    <message>
        <location filename="../messages.py" line="304"/>
        <source>Registered</source>
        <translation>مسجل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="305"/>
        <source>Suspended</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <location filename="../messages.py" line="306"/>
        <source>Struck off</source>
        <translation>مشطب عليه</translation>
    </message>
    <message>
        <location filename="../messages.py" line="309"/>
        <source>Clerk</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location filename="../messages.py" line="310"/>
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../messages.py" line="311"/>
        <source>Administrator</source>
        <translation>مدير</translation>
    </message>
    <message>
        <location filename="../messages.py" line="314"/>
        <source>Registered at the counter</source>
        <translation>تسجيل بالشباك</translation>
    </message>
    <message>
        <location filename="../messages.py" line="315"/>
        <source>Imported</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../messages.py" line="316"/>
        <source>Demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <location filename="../messages.py" line="317"/>
        <source>Edited</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="318"/>
        <source>Approve</source>
        <translation>مصادقة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="319"/>
        <source>Return to the clerk</source>
        <translation>إرجاع إلى الموظف</translation>
    </message>
    <message>
        <location filename="../messages.py" line="320"/>
        <source>Submit for review again</source>
        <translation>إعادة الإرسال للمراجعة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="321"/>
        <source>Suspend</source>
        <translation>توقيف</translation>
    </message>
    <message>
        <location filename="../messages.py" line="322"/>
        <source>Strike off</source>
        <translation>تشطيب</translation>
    </message>
    <message>
        <location filename="../messages.py" line="323"/>
        <source>Reinstate</source>
        <translation>إعادة القيد</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../ui/failures.py" line="20"/>
        <source>Something went wrong and the last action was not completed.</source>
        <translation>حدث خلل ولم تكتمل العملية الأخيرة.</translation>
    </message>
    <message>
        <location filename="../ui/failures.py" line="22"/>
        <source>The details are in the log file:</source>
        <translation>التفاصيل في ملف التتبع:</translation>
    </message>
    <message>
        <location filename="../ui/failures.py" line="24"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>CIN</source>
        <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <location filename="../messages.py" line="29"/>
        <source>Last name (Latin)</source>
        <translation>الاسم العائلي (باللاتينية)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>First name (Latin)</source>
        <translation>الاسم الشخصي (باللاتينية)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="31"/>
        <source>Last name (Arabic)</source>
        <translation>الاسم العائلي (بالعربية)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="32"/>
        <source>First name (Arabic)</source>
        <translation>الاسم الشخصي (بالعربية)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../messages.py" line="34"/>
        <source>Birth date</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <location filename="../messages.py" line="35"/>
        <source>Birth place</source>
        <translation>مكان الازدياد</translation>
    </message>
    <message>
        <location filename="../messages.py" line="36"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../messages.py" line="38"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../messages.py" line="39"/>
        <source>Address (Latin)</source>
        <translation>العنوان (باللاتينية)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="40"/>
        <source>Address (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42"/>
        <source>Province</source>
        <translation>العمالة / الإقليم</translation>
    </message>
    <message>
        <location filename="../messages.py" line="43"/>
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="44"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="45"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="../messages.py" line="46"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../messages.py" line="47"/>
        <source>Activity list version</source>
        <translation>إصدار لائحة الأنشطة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="48"/>
        <source>Activity since (year)</source>
        <translation>ممارسة النشاط منذ (السنة)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="49"/>
        <source>Diploma</source>
        <translation>الدبلوم</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>School</source>
        <translation>مؤسسة التكوين</translation>
    </message>
    <message>
        <location filename="../messages.py" line="51"/>
        <source>Workplace</source>
        <translation>مكان العمل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="52"/>
        <source>CNSS number</source>
        <translation>رقم الضمان الاجتماعي (CNSS)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="53"/>
        <source>AMO status</source>
        <translation>التأمين عن المرض (AMO)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="54"/>
        <source>Fiscal regime</source>
        <translation>النظام الجبائي</translation>
    </message>
    <message>
        <location filename="../messages.py" line="55"/>
        <source>Name of the cooperative or enterprise (Latin)</source>
        <translation>اسم التعاونية أو المقاولة (باللاتينية)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56"/>
        <source>Name of the cooperative or enterprise (Arabic)</source>
        <translation>اسم التعاونية أو المقاولة (بالعربية)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="57"/>
        <source>ICE</source>
        <translation>التعريف الموحد للمقاولة (ICE)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="58"/>
        <source>RC court</source>
        <translation>محكمة السجل التجاري</translation>
    </message>
    <message>
        <location filename="../messages.py" line="59"/>
        <source>RC number</source>
        <translation>رقم السجل التجاري</translation>
    </message>
    <message>
        <location filename="../messages.py" line="60"/>
        <source>Tax identifier (IF)</source>
        <translation>التعريف الضريبي (IF)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="61"/>
        <source>ODCO number</source>
        <translation>رقم مكتب تنمية التعاون (ODCO)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="62"/>
        <source>Members</source>
        <translation>عدد الأعضاء</translation>
    </message>
    <message>
        <location filename="../messages.py" line="63"/>
        <source>Supervising artisan&apos;s registration number</source>
        <translation>رقم تسجيل الصانع المؤطر</translation>
    </message>
    <message>
        <location filename="../messages.py" line="64"/>
        <source>Registration date</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="66"/>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="67"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="68"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../messages.py" line="69"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../messages.py" line="70"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../messages.py" line="71"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="72"/>
        <source>Failed logins before a lockout</source>
        <translation>محاولات الدخول الفاشلة قبل قفل الحساب</translation>
    </message>
    <message>
        <location filename="../messages.py" line="73"/>
        <source>Lockout duration (minutes)</source>
        <translation>مدة قفل الحساب (بالدقائق)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="74"/>
        <source>Idle time before the session locks (minutes)</source>
        <translation>مدة عدم النشاط قبل قفل الجلسة (بالدقائق)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="77"/>
        <source>Reprint reason</source>
        <translation>سبب إعادة الطبع</translation>
    </message>
    <message>
        <location filename="../messages.py" line="78"/>
        <source>Reason for cancelling</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <location filename="../messages.py" line="79"/>
        <source>Copies</source>
        <translation>عدد النسخ</translation>
    </message>
    <message>
        <location filename="../messages.py" line="80"/>
        <source>Signatory&apos;s name</source>
        <translation>اسم الموقّع</translation>
    </message>
    <message>
        <location filename="../messages.py" line="81"/>
        <source>Signatory&apos;s title (French)</source>
        <translation>صفة الموقّع (بالفرنسية)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="82"/>
        <source>Signatory&apos;s title (Arabic)</source>
        <translation>صفة الموقّع (بالعربية)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="83"/>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
</context>
<context>
    <name>first_start</name>
    <message>
        <location filename="../ui/first_start.py" line="58"/>
        <source>Welcome to Hirfa</source>
        <translation>مرحبًا بكم في حرفة</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="60"/>
        <source>This computer has no office register yet. These steps create it: the office, then its first administrator. Choose the language first.</source>
        <translation>لا يتوفر هذا الحاسوب بعد على سجل خاص بالمكتب. تُنشئه الخطوات التالية: المكتب، ثم أول مدير له. اختر اللغة أولًا.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="94"/>
        <source>The office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="96"/>
        <source>Region, office code and name, and this computer&apos;s number.</source>
        <translation>الجهة، ورمز المكتب واسمه، ورقم هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="99"/>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="100"/>
        <source>Office code (3 digits)</source>
        <translation>رمز المكتب (3 أرقام)</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="101"/>
        <source>Office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="102"/>
        <source>Computer number in the office (01–99)</source>
        <translation>رقم الحاسوب في المكتب (من 01 إلى 99)</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="111"/>
        <source>The office code has 3 digits, for example 511.</source>
        <translation>يتكون رمز المكتب من 3 أرقام، مثلًا 511.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="114"/>
        <source>The computer number has 2 digits, from 01 to 99.</source>
        <translation>يتكون رقم الحاسوب من رقمين، من 01 إلى 99.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="146"/>
        <source>The first administrator</source>
        <translation>المدير الأول</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="148"/>
        <source>This account adds the other users. Choose its password now.</source>
        <translation>بهذا الحساب يضاف باقي المستخدمين. اختر كلمة مروره الآن.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="151"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="152"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="153"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="154"/>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="162"/>
        <source>User name: 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>اسم المستخدم: من 2 إلى 32 حرفًا لاتينيًا صغيرًا أو رقمًا أو &apos;.&apos; أو &apos;_&apos; أو &apos;-&apos;، ويبدأ بحرف.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="168"/>
        <source>The password needs at least %1 characters.</source>
        <translation>يجب ألا يقل عدد حروف كلمة المرور عن %1.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="172"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="213"/>
        <source>Hirfa — first start</source>
        <translation>حرفة — التشغيل الأول</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="216"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="217"/>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="218"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../ui/first_start.py" line="220"/>
        <source>Create the office</source>
        <translation>إنشاء المكتب</translation>
    </message>
</context>
<context>
    <name>interrupted_print</name>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="53"/>
        <source>at %1</source>
        <translation>على الساعة %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="54"/>
        <source>on %1</source>
        <translation>بتاريخ %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="61"/>
        <source>An interrupted print: %1 reserved by %2 %3 was not confirmed printed.</source>
        <translation>طباعة منقطعة (%1): حجزها %2 %3 ولم يُؤكَّد طبعها.</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="66"/>
        <source>An interrupted print: %1 reserved by %2 %3 were not confirmed printed.</source>
        <translation>طباعة منقطعة (%1): حجزها %2 %3 ولم يُؤكَّد طبعها.</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="78"/>
        <source>Withdraw an interrupted print</source>
        <translation>سحب طباعة منقطعة</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="95"/>
        <source>Withdraw this interrupted print (%1)? Its documents are cancelled as never printed and stay in the print log as withdrawn; their records wait in the print queue again.</source>
        <translation>سحب هذه الطباعة المنقطعة (%1)؟ تُلغى وثائقها على أنها لم تُطبع قط وتبقى في سجل الطبع مسحوبة، وتعود ملفاتها إلى قائمة الطبع.</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="104"/>
        <source>Reason (paper spoilt, printer broken…):</source>
        <translation>السبب (ورق تالف، طابعة معطلة…):</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="113"/>
        <location filename="../ui/printing/interrupted_banner.py" line="170"/>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="115"/>
        <source>Keep it</source>
        <translation>الاحتفاظ بها</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="169"/>
        <source>Print again…</source>
        <translation>إعادة الطبع…</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="172"/>
        <source>Only %1 or a supervisor may print it again or withdraw it.</source>
        <translation>لا يعيد طبعها أو يسحبها إلا %1 أو مشرف.</translation>
    </message>
    <message>
        <location filename="../ui/printing/interrupted_banner.py" line="193"/>
        <source>Withdrawn: %1.</source>
        <translation>سُحبت: %1.</translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../ui/login.py" line="30"/>
        <source>Too many failed attempts: the account is locked until %1.</source>
        <translation>محاولات فاشلة كثيرة: الحساب مقفل إلى غاية %1.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="34"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>هذا الحساب معطل. اتصل بالمدير.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="35"/>
        <source>The user name or the password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="102"/>
        <source>Hirfa — log in</source>
        <translation>حرفة — تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="103"/>
        <source>Office: %1</source>
        <translation>المكتب: %1</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="105"/>
        <source>Hirfa — session locked</source>
        <translation>حرفة — الجلسة مقفلة</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="107"/>
        <source>The session was locked. Enter your password to go on.</source>
        <translation>تم قفل الجلسة. أدخل كلمة المرور للمتابعة.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="109"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="110"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="111"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="113"/>
        <source>Unlock</source>
        <translation>إلغاء القفل</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="113"/>
        <source>Log in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="116"/>
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="116"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="127"/>
        <source>Enter your user name and your password.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../ui/login.py" line="138"/>
        <source>Only the user who locked the session can unlock it.</source>
        <translation>لا يمكن إلغاء قفل الجلسة إلا من طرف المستخدم الذي قفلها.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main_window.py" line="137"/>
        <source>Hirfa — %1 (%2)</source>
        <translation>حرفة — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="144"/>
        <source>&amp;Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="145"/>
        <source>&amp;New registration</source>
        <translation>تسجيل جديد</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="146"/>
        <source>&amp;Lock the session</source>
        <translation>قفل الجلسة</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="147"/>
        <source>Log &amp;out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="149"/>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="153"/>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="154"/>
        <source>Open the &amp;log folder</source>
        <translation>فتح مجلد ملفات التتبع</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="155"/>
        <source>&amp;About Hirfa</source>
        <translation>حول حرفة</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="159"/>
        <source>%1 (%2) — office %3</source>
        <translation>%1 (%2) — المكتب %3</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="219"/>
        <source>%1 artisans — %2 pending review</source>
        <translation>عدد الصناع التقليديين: %1 — في انتظار المراجعة: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="232"/>
        <source>About Hirfa</source>
        <translation>حول حرفة</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="233"/>
        <source>Hirfa — the National Register of Traditional Crafts.
Office %1, computer %2.</source>
        <translation>حرفة — السجل الوطني للصناعة التقليدية.
المكتب %1، الحاسوب %2.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="258"/>
        <source>Quit Hirfa</source>
        <translation>إغلاق حرفة</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="259"/>
        <source>A form has changes that are not saved. They are kept as a draft and offered again at the next start. Quit now?</source>
        <translation>في إحدى الاستمارات تعديلات غير محفوظة. ستُحفظ كمسودة وتُقترح من جديد عند التشغيل المقبل. هل تريد الخروج الآن؟</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../messages.py" line="87"/>
        <source>is required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <location filename="../messages.py" line="88"/>
        <source>is too long: at most {max} characters</source>
        <translation>طويل جدًا: الحد الأقصى لعدد الحروف هو {max}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="89"/>
        <source>is too short</source>
        <translation>قصير جدًا</translation>
    </message>
    <message>
        <location filename="../messages.py" line="90"/>
        <source>contains invisible control characters; retype it</source>
        <translation>يحتوي على رموز تحكم غير مرئية؛ أعد كتابته</translation>
    </message>
    <message>
        <location filename="../messages.py" line="93"/>
        <source>must be written in {script} letters</source>
        <translation>يجب أن يُكتب بالحروف {script}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="94"/>
        <source>may contain only letters, spaces, hyphens and apostrophes</source>
        <translation>لا يقبل إلا الحروف والمسافات والشرطات والفواصل العليا</translation>
    </message>
    <message>
        <location filename="../messages.py" line="97"/>
        <source>is required in Latin or in Arabic letters (at least one)</source>
        <translation>إلزامي بالحروف اللاتينية أو العربية (أحدهما على الأقل)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="100"/>
        <source>is not one of the allowed values</source>
        <translation>ليس من القيم المسموح بها</translation>
    </message>
    <message>
        <location filename="../messages.py" line="101"/>
        <source>must be 1 or 2 letters followed by 1 to 6 digits, e.g. AB123456</source>
        <translation>يجب أن يتكون من حرف أو حرفين لاتينيين متبوعين بـ 1 إلى 6 أرقام، مثال: AB123456</translation>
    </message>
    <message>
        <location filename="../messages.py" line="104"/>
        <location filename="../messages.py" line="139"/>
        <source>is already registered to another live record</source>
        <translation>مسجل سلفًا في ملف آخر قائم</translation>
    </message>
    <message>
        <location filename="../messages.py" line="105"/>
        <source>is not a valid date; write it as DD/MM/YYYY or YYYY-MM-DD</source>
        <translation>ليس تاريخًا صحيحًا؛ اكتبه على الشكل 17/05/1980 أو 1980-05-17</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108"/>
        <source>cannot be in the future</source>
        <translation>لا يمكن أن يكون في المستقبل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="109"/>
        <source>gives an age under {min} years at registration</source>
        <translation>يعطي سنًّا أقل من {min} سنة عند التسجيل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="112"/>
        <source>gives an age over {max} years at registration</source>
        <translation>يعطي سنًّا تفوق {max} سنة عند التسجيل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="115"/>
        <source>is not a valid phone number; e.g. 0612345678 or +212612345678</source>
        <translation>ليس رقم هاتف صحيحًا؛ مثال: 0612345678 أو ‎+212612345678</translation>
    </message>
    <message>
        <location filename="../messages.py" line="118"/>
        <source>is not a valid e-mail address</source>
        <translation>ليس عنوان بريد إلكتروني صحيحًا</translation>
    </message>
    <message>
        <location filename="../messages.py" line="119"/>
        <source>is not a known province code (3 digits)</source>
        <translation>ليس رمز عمالة أو إقليم معروفًا (3 أرقام)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="120"/>
        <source>must be a commune code like 01.051.01.03</source>
        <translation>يجب أن يكون رمز جماعة على شكل 01.051.01.03</translation>
    </message>
    <message>
        <location filename="../messages.py" line="121"/>
        <source>is not a commune of the chosen province</source>
        <translation>ليست من جماعات العمالة أو الإقليم المختار</translation>
    </message>
    <message>
        <location filename="../messages.py" line="124"/>
        <source>is not in the list of communes</source>
        <translation>غير موجودة في لائحة الجماعات</translation>
    </message>
    <message>
        <location filename="../messages.py" line="125"/>
        <source>is outside this office&apos;s region (allowed, please check)</source>
        <translation>خارج جهة هذا المكتب (مسموح به، يرجى التحقق)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="128"/>
        <source>is not in the activity list in force</source>
        <translation>غير وارد في لائحة الأنشطة الجاري بها العمل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="129"/>
        <source>must be a year between {min} and {max}</source>
        <translation>يجب أن يكون سنة بين {min} و{max}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="130"/>
        <source>cannot be before the year of birth</source>
        <translation>لا يمكن أن يسبق سنة الازدياد</translation>
    </message>
    <message>
        <location filename="../messages.py" line="131"/>
        <source>gives less than the {years} years of practice this category needs</source>
        <translation>يعطي أقل من {years} سنوات من الممارسة التي تتطلبها هذه الفئة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="134"/>
        <source>is required for an artisan with a diploma</source>
        <translation>إلزامي بالنسبة للصانع الحاصل على دبلوم</translation>
    </message>
    <message>
        <location filename="../messages.py" line="137"/>
        <source>is not a valid number for this field</source>
        <translation>ليس رقمًا صحيحًا لهذا الحقل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="138"/>
        <source>must be the 15 digits of a valid ICE</source>
        <translation>يجب أن يكون تعريفًا موحدًا للمقاولة (ICE) صحيحًا من 15 رقمًا</translation>
    </message>
    <message>
        <location filename="../messages.py" line="140"/>
        <source>is required for a cooperative</source>
        <translation>إلزامي بالنسبة للتعاونية</translation>
    </message>
    <message>
        <location filename="../messages.py" line="141"/>
        <source>must be at least {min} for a cooperative</source>
        <translation>يجب ألا يقل عن {min} بالنسبة للتعاونية</translation>
    </message>
    <message>
        <location filename="../messages.py" line="142"/>
        <source>is required for an enterprise</source>
        <translation>إلزامي بالنسبة للمقاولة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="143"/>
        <source>does not designate a registered individual artisan</source>
        <translation>لا يحيل على صانع تقليدي فردي مسجل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="146"/>
        <source>designates an artisan whose registration is not in force</source>
        <translation>يحيل على صانع تقليدي تسجيله غير ساري المفعول</translation>
    </message>
    <message>
        <location filename="../messages.py" line="149"/>
        <source>applies only to cooperatives and enterprises</source>
        <translation>يخص التعاونيات والمقاولات فقط</translation>
    </message>
    <message>
        <location filename="../messages.py" line="152"/>
        <source>must be a JPEG or PNG image</source>
        <translation>يجب أن تكون صورة بصيغة JPEG أو PNG</translation>
    </message>
    <message>
        <location filename="../messages.py" line="153"/>
        <source>is too large</source>
        <translation>حجمها كبير جدًا</translation>
    </message>
    <message>
        <location filename="../messages.py" line="154"/>
        <source>is too small: at least {min} pixels on each side</source>
        <translation>صغيرة جدًا: يجب ألا يقل كل جانب منها عن {min} بكسل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="157"/>
        <source>is not a valid registration number (check the digits)</source>
        <translation>ليس رقم تسجيل صحيحًا (تحقق من الأرقام)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="160"/>
        <source>is already held by another record (another CIN)</source>
        <translation>مسند سلفًا إلى ملف آخر (رقم بطاقة وطنية آخر)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="163"/>
        <source>cannot change this way from its current status</source>
        <translation>لا يمكن تغييرها بهذه الطريقة انطلاقًا من الحالة الحالية</translation>
    </message>
    <message>
        <location filename="../messages.py" line="166"/>
        <source>is required for this change</source>
        <translation>إلزامي لهذا التغيير</translation>
    </message>
    <message>
        <location filename="../messages.py" line="167"/>
        <source>was changed by someone else since it was opened; reopen it</source>
        <translation>عدّله شخص آخر بعد فتحه؛ أعد فتحه</translation>
    </message>
    <message>
        <location filename="../messages.py" line="170"/>
        <source>was not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <location filename="../messages.py" line="171"/>
        <source>is not allowed for your role</source>
        <translation>غير مسموح به لصفتك</translation>
    </message>
    <message>
        <location filename="../messages.py" line="172"/>
        <source>is struck off and cannot be edited; reinstate it first</source>
        <translation>مشطب عليه ولا يمكن تعديله؛ أعد قيده أولًا</translation>
    </message>
    <message>
        <location filename="../messages.py" line="175"/>
        <source>belongs to another office: it can be read here, not edited, approved or printed</source>
        <translation>تابع لمكتب آخر: يمكن الاطلاع عليه هنا، دون تعديله أو المصادقة عليه أو طبعه</translation>
    </message>
    <message>
        <location filename="../messages.py" line="179"/>
        <source>user name or password is wrong</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="180"/>
        <source>is locked after too many failed attempts; try again later</source>
        <translation>مقفل بعد محاولات فاشلة كثيرة؛ أعد المحاولة لاحقًا</translation>
    </message>
    <message>
        <location filename="../messages.py" line="183"/>
        <source>is disabled; ask an administrator</source>
        <translation>معطل؛ اتصل بالمدير</translation>
    </message>
    <message>
        <location filename="../messages.py" line="184"/>
        <source>must be 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>يجب أن يتكون من 2 إلى 32 حرفًا لاتينيًا صغيرًا أو رقمًا أو &apos;.&apos; أو &apos;_&apos; أو &apos;-&apos;، وأن يبدأ بحرف</translation>
    </message>
    <message>
        <location filename="../messages.py" line="188"/>
        <source>is already used by another account</source>
        <translation>مستعمل من طرف حساب آخر</translation>
    </message>
    <message>
        <location filename="../messages.py" line="189"/>
        <source>must have at least {min} characters</source>
        <translation>يجب ألا يقل عدد حروفها عن {min}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="190"/>
        <source>is the last active administrator and cannot be disabled</source>
        <translation>هو آخر مدير مفعل ولا يمكن تعطيله</translation>
    </message>
    <message>
        <location filename="../messages.py" line="193"/>
        <source>must be between {min} and {max}</source>
        <translation>يجب أن يكون بين {min} و{max}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="194"/>
        <source>is not registered: only registered records are printed</source>
        <translation>غير مسجل: لا تُطبع إلا الملفات المسجلة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="197"/>
        <source>was already printed: a reprint needs a reason</source>
        <translation>سبق طبعه: إعادة الطبع تتطلب سببًا</translation>
    </message>
    <message>
        <location filename="../messages.py" line="200"/>
        <source>is already cancelled</source>
        <translation>ملغى سلفًا</translation>
    </message>
    <message>
        <location filename="../messages.py" line="201"/>
        <source>is in a print that was not confirmed: print it again or withdraw it first</source>
        <translation>ضمن طباعة لم تُؤكَّد: أعد طبعها أو اسحبها أولًا</translation>
    </message>
    <message>
        <location filename="../messages.py" line="204"/>
        <source>is being printed by another Hirfa program right now: let it finish</source>
        <translation>يطبعها الآن برنامج حرفة آخر: انتظر حتى ينتهي</translation>
    </message>
    <message>
        <location filename="../messages.py" line="207"/>
        <source>is not an interrupted print: it was completed or withdrawn</source>
        <translation>ليست طباعة منقطعة: اكتملت أو سُحبت</translation>
    </message>
    <message>
        <location filename="../messages.py" line="210"/>
        <source>is not a Hirfa public key file</source>
        <translation>ليس ملف مفتاح عمومي خاصًا بحرفة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="211"/>
        <source>is not a certificate of this device&apos;s key from a trusted root</source>
        <translation>ليس شهادة لمفتاح هذا الحاسوب صادرة عن جهة موثوقة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="214"/>
        <source>cannot be read as a PDF file</source>
        <translation>تتعذر قراءته كملف PDF</translation>
    </message>
    <message>
        <location filename="../messages.py" line="215"/>
        <source>does not exist</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <location filename="../messages.py" line="216"/>
        <source>cannot be read</source>
        <translation>تتعذر قراءته</translation>
    </message>
    <message>
        <location filename="../messages.py" line="217"/>
        <source>is far too large for this kind of file</source>
        <translation>كبير جدًا بالنسبة لهذا النوع من الملفات</translation>
    </message>
    <message>
        <location filename="../messages.py" line="218"/>
        <source>is not UTF-8 text: save it as UTF-8 (Unicode) and try again</source>
        <translation>ليس نصًا بترميز UTF-8: احفظه بترميز UTF-8 (يونيكود) وأعد المحاولة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="221"/>
        <source>has more pages than any batch of documents (2,000 at most)</source>
        <translation>يضم صفحات أكثر من أي دفعة من الوثائق (2000 على الأكثر)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="224"/>
        <source>has a page larger than any document Hirfa prints (A3 at most)</source>
        <translation>يضم صفحة أكبر من أي وثيقة يطبعها برنامج حرفة (A3 على الأكثر)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="227"/>
        <source>is in the office&apos;s data folder, beside the store and its keys: save it in another folder</source>
        <translation>يقع في مجلد بيانات المكتب، بجانب قاعدة البيانات ومفاتيحها: احفظه في مجلد آخر</translation>
    </message>
    <message>
        <location filename="../messages.py" line="231"/>
        <source>already exists: choose another name, or ask for it to be replaced</source>
        <translation>موجود سلفًا: اختر اسمًا آخر، أو اطلب استبداله</translation>
    </message>
    <message>
        <location filename="../messages.py" line="234"/>
        <source>is in a folder that does not exist</source>
        <translation>يقع في مجلد غير موجود</translation>
    </message>
    <message>
        <location filename="../messages.py" line="235"/>
        <source>is a folder, not a file name</source>
        <translation>مجلد وليس اسم ملف</translation>
    </message>
    <message>
        <location filename="../messages.py" line="236"/>
        <source>is in a folder where this program may not write</source>
        <translation>يقع في مجلد لا يُسمح لهذا البرنامج بالكتابة فيه</translation>
    </message>
    <message>
        <location filename="../messages.py" line="244"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../messages.py" line="245"/>
        <source>Latin</source>
        <translation>اللاتينية</translation>
    </message>
</context>
<context>
    <name>print_log</name>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="34"/>
        <source>Print the log</source>
        <translation>طبع السجل</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="36"/>
        <source>The print log of %1, to be signed.</source>
        <translation>سجل الوثائق المطبوعة ليوم %1، للتوقيع.</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="61"/>
        <source>Sending to the printer…</source>
        <translation>جارٍ الإرسال إلى الطابعة…</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="65"/>
        <source>The log was sent to the printer.</source>
        <translation>أُرسل السجل إلى الطابعة.</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="73"/>
        <source>Writing the file…</source>
        <translation>جارٍ كتابة الملف…</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="77"/>
        <source>The log was saved in %1.</source>
        <translation>حُفظ السجل في %1.</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="92"/>
        <source>The printer did not take the job.</source>
        <translation>لم تقبل الطابعة مهمة الطبع.</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="94"/>
        <source>The file could not be written.</source>
        <translation>تعذرت كتابة الملف.</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_dialog.py" line="96"/>
        <source>The log could not be printed.</source>
        <translation>تعذر طبع السجل.</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="38"/>
        <source>Documents: %1 — copies: %2 — duplicates: %3 — cancelled: %4</source>
        <translation>الوثائق: %1 — النسخ: %2 — النظائر: %3 — الملغاة: %4</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="108"/>
        <source>Print log</source>
        <translation>سجل الوثائق المطبوعة</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="111"/>
        <source>Day:</source>
        <translation>اليوم:</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="112"/>
        <source>Today</source>
        <translation>اليوم الحالي</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="113"/>
        <source>No document was printed on this day.</source>
        <translation>لم تُطبع أي وثيقة في هذا اليوم.</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="114"/>
        <source>Open the record</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="115"/>
        <source>Cancel the document…</source>
        <translation>إلغاء الوثيقة…</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="116"/>
        <source>Print the log…</source>
        <translation>طبع السجل…</translation>
    </message>
    <message>
        <location filename="../ui/printing/log_screen.py" line="118"/>
        <source>The day&apos;s log on paper, to be signed and kept</source>
        <translation>سجل اليوم على الورق، للتوقيع والحفظ</translation>
    </message>
</context>
<context>
    <name>print_queue</name>
    <message>
        <location filename="../ui/printing/queue_model.py" line="36"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_model.py" line="38"/>
        <source>Name (Latin)</source>
        <translation>الاسم (باللاتينية)</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_model.py" line="39"/>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_model.py" line="41"/>
        <source>Registered on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_model.py" line="42"/>
        <source>Waiting for</source>
        <translation>في انتظار</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="54"/>
        <source>1 selected record already has this document: left out.</source>
        <translation>ملف واحد من الملفات المحددة لديه هذه الوثيقة سلفًا: تم استبعاده.</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="56"/>
        <source>%1 selected records already have this document: left out.</source>
        <translation>عدد الملفات المحددة التي لديها هذه الوثيقة سلفًا: %1، وقد تم استبعادها.</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="128"/>
        <source>Print queue</source>
        <translation>قائمة الطبع</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="132"/>
        <source>Registered records waiting for their certificate of registration or professional card, longest waiting first. Select some or all, then print.</source>
        <translation>الملفات المسجلة في انتظار شهادة التسجيل أو البطاقة المهنية، الأقدم انتظارًا أولًا. حدد بعضها أو كلها، ثم اطبع.</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="138"/>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="139"/>
        <source>Open the record</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="140"/>
        <source>No record is waiting to be printed.</source>
        <translation>لا يوجد أي ملف في انتظار الطبع.</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="178"/>
        <source>%1 waiting</source>
        <translation>في الانتظار: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/queue_screen.py" line="212"/>
        <source>The selected records already have this document: nothing to print.</source>
        <translation>الملفات المحددة لديها هذه الوثيقة سلفًا: لا شيء للطبع.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../ui/printing/batch.py" line="22"/>
        <source>Print</source>
        <translation>الطبع</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="44"/>
        <location filename="../ui/printing/preview_dialog.py" line="111"/>
        <source>Print…</source>
        <translation>طبع…</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="45"/>
        <source>Print the documents of the selected records</source>
        <translation>طبع وثائق الملفات المحددة</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="47"/>
        <source>Certificates of registration…</source>
        <translation>شهادات التسجيل…</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="48"/>
        <source>Professional cards (card printer)…</source>
        <translation>البطاقات المهنية (طابعة البطاقات)…</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="49"/>
        <source>Professional cards on A4 sheets of ten…</source>
        <translation>البطاقات المهنية على أوراق A4 من عشر بطاقات…</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="62"/>
        <source>1 selected record is left out: it is not registered.</source>
        <translation>استُبعد ملف واحد من الملفات المحددة: غير مسجل.</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="63"/>
        <source>%1 selected records are left out: they are not registered.</source>
        <translation>عدد الملفات المحددة المستبعدة لأنها غير مسجلة: %1.</translation>
    </message>
    <message>
        <location filename="../ui/printing/batch.py" line="83"/>
        <source>None of the selected records is registered: only registered records print.</source>
        <translation>لا يوجد أي ملف مسجل بين الملفات المحددة: لا تُطبع إلا الملفات المسجلة.</translation>
    </message>
    <message>
        <location filename="../ui/printing/cancellation.py" line="35"/>
        <source>Cancel a document</source>
        <translation>إلغاء وثيقة</translation>
    </message>
    <message>
        <location filename="../ui/printing/cancellation.py" line="51"/>
        <source>Cancel document %1 (%2, record %3)?</source>
        <translation>إلغاء الوثيقة %1 (%2، الملف %3)؟</translation>
    </message>
    <message>
        <location filename="../ui/printing/cancellation.py" line="59"/>
        <source>It stays in the print log, no longer verifies at this office, and the record goes back to the print queue.</source>
        <translation>تبقى الوثيقة في سجل الوثائق المطبوعة، ولا يعترف هذا المكتب بصحتها بعد ذلك، ويعود الملف إلى قائمة الطبع.</translation>
    </message>
    <message>
        <location filename="../ui/printing/cancellation.py" line="66"/>
        <source>Reason (spoilt paper, an error…):</source>
        <translation>السبب (ورق تالف، خطأ…):</translation>
    </message>
    <message>
        <location filename="../ui/printing/cancellation.py" line="75"/>
        <source>Cancel the document</source>
        <translation>إلغاء الوثيقة</translation>
    </message>
    <message>
        <location filename="../ui/printing/cancellation.py" line="77"/>
        <source>Keep it</source>
        <translation>الاحتفاظ بها</translation>
    </message>
    <message>
        <location filename="../ui/printing/cancellation.py" line="115"/>
        <source>Cancelled: %1.</source>
        <translation>أُلغيت: %1.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="43"/>
        <source>1 certificate of registration</source>
        <translation>شهادة تسجيل واحدة</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="44"/>
        <source>%1 certificates of registration</source>
        <translation>شهادات التسجيل: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="46"/>
        <source>1 professional card</source>
        <translation>بطاقة مهنية واحدة</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="47"/>
        <source>%1 professional cards</source>
        <translation>البطاقات المهنية: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="46"/>
        <source>A4 sheets of ten cards (pre-cut card stock)</source>
        <translation>أوراق A4 من عشر بطاقات (ورق مقوى مقطّع مسبقًا)</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="48"/>
        <source>One card a page, front and back (card printer)</source>
        <translation>بطاقة في كل صفحة، الوجه والظهر (طابعة البطاقات)</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="49"/>
        <source>A4 certificate</source>
        <translation>شهادة بحجم A4</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="53"/>
        <source>serial %1</source>
        <translation>الرقم التسلسلي %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="55"/>
        <source>serials %1 to %2</source>
        <translation>الأرقام التسلسلية من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="138"/>
        <source>Print certificates of registration</source>
        <translation>طبع شهادات التسجيل</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="140"/>
        <source>Print professional cards</source>
        <translation>طبع البطاقات المهنية</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="144"/>
        <source>%1. This is a preview: the serials and the signed QR codes are made when you print or save.</source>
        <translation>%1. هذه معاينة: تُنشأ الأرقام التسلسلية ورموز QR الموقعة عند الطبع أو الحفظ.</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="150"/>
        <source>Layout:</source>
        <translation>التنسيق:</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="153"/>
        <source>Copies of each:</source>
        <translation>عدد النسخ من كل وثيقة:</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="154"/>
        <source>Reason for the reprint:</source>
        <translation>سبب إعادة الطبع:</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="155"/>
        <source>Required: lost, damaged, error…</source>
        <translation>إلزامي: ضياع، تلف، خطأ…</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="165"/>
        <source>Already printed for %1 of these records: this is a reprint. It is marked DUPLICATA and gets a new serial; the earlier document stays valid unless it is cancelled.</source>
        <translation>سبق الطبع بالنسبة لعدد من هذه الملفات: %1. هذه إعادة طبع: تحمل الوثيقة عبارة «نظير» ورقمًا تسلسليًا جديدًا، وتبقى الوثيقة السابقة صالحة ما لم تُلغَ.</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_dialog.py" line="172"/>
        <source>Already printed for %1 of these records: a reprint is for a supervisor.</source>
        <translation>سبق الطبع بالنسبة لعدد من هذه الملفات: %1. إعادة الطبع من اختصاص المشرف.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="67"/>
        <source>Issuing the documents…</source>
        <translation>جارٍ إصدار الوثائق…</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="104"/>
        <source>Sending to the printer…</source>
        <translation>جارٍ الإرسال إلى الطابعة…</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="106"/>
        <source>Writing the file…</source>
        <translation>جارٍ كتابة الملف…</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="151"/>
        <source>Nothing was printed.</source>
        <translation>لم يُطبع أي شيء.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="137"/>
        <source>Sent to the printer: %1 (%2).</source>
        <translation>أُرسل إلى الطابعة: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="139"/>
        <source>Saved: %1 (%2), in %3.</source>
        <translation>تم الحفظ: %1 (%2)، في %3.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="162"/>
        <source>The documents were output but their print could not be recorded: the print queue shows it as interrupted.</source>
        <translation>أُخرجت الوثائق لكن تعذّر تسجيل طبعها: تظهرها قائمة الطبع طباعةً منقطعة.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="171"/>
        <source>The printer did not take the job.</source>
        <translation>لم تقبل الطابعة مهمة الطبع.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="173"/>
        <source>The file could not be written.</source>
        <translation>تعذرت كتابة الملف.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="175"/>
        <source>The documents could not be drawn.</source>
        <translation>تعذر إنشاء الوثائق.</translation>
    </message>
    <message>
        <location filename="../ui/printing/issuing_dialog.py" line="180"/>
        <source>The documents just issued were withdrawn: nothing is logged as printed.</source>
        <translation>سُحبت الوثائق التي صدرت للتو: لم يُسجَّل أي شيء على أنه مطبوع.</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="56"/>
        <source>Certificate of registration</source>
        <translation>شهادة التسجيل</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="57"/>
        <source>Professional card</source>
        <translation>البطاقة المهنية</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="63"/>
        <source>Certificate</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="64"/>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="69"/>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="70"/>
        <source>Time</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="71"/>
        <source>Serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="72"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="73"/>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="74"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="75"/>
        <source>Printed by</source>
        <translation>طبعها</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="76"/>
        <source>Copies</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="77"/>
        <source>State</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="78"/>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="88"/>
        <source>Duplicate of %1: %2</source>
        <translation>نظير للوثيقة %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="94"/>
        <source>Withdrawn by %1 on %2: %3</source>
        <translation>سحبها %1 بتاريخ %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="101"/>
        <source>Cancelled by %1 on %2: %3</source>
        <translation>ألغاها %1 بتاريخ %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="207"/>
        <source>Not confirmed printed</source>
        <translation>لم يُؤكَّد طبعها</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="209"/>
        <source>Withdrawn (never printed)</source>
        <translation>مسحوبة (لم تُطبع قط)</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="211"/>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="213"/>
        <source>In force (duplicate)</source>
        <translation>صالحة (نظير)</translation>
    </message>
    <message>
        <location filename="../ui/printing/document_table.py" line="214"/>
        <source>In force</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <location filename="../ui/printing/pdf_pane.py" line="76"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../ui/printing/pdf_pane.py" line="77"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../ui/printing/pdf_pane.py" line="112"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="112"/>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="114"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="116"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="141"/>
        <location filename="../ui/printing/resume_dialog.py" line="45"/>
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="153"/>
        <source>The preview could not be shown.</source>
        <translation>تعذر عرض المعاينة.</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="160"/>
        <source>The preview could not be prepared.</source>
        <translation>تعذر إعداد المعاينة.</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="214"/>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../ui/printing/preview_dialog.py" line="216"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="42"/>
        <source>Reprint certificate…</source>
        <translation>إعادة طبع الشهادة…</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="43"/>
        <source>Print certificate…</source>
        <translation>طبع الشهادة…</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="45"/>
        <source>Reprint card…</source>
        <translation>إعادة طبع البطاقة…</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="46"/>
        <source>Print card…</source>
        <translation>طبع البطاقة…</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="103"/>
        <source>Documents (%1)</source>
        <translation>الوثائق (%1)</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="109"/>
        <source>No certificate or card was printed for this record.</source>
        <translation>لم تُطبع أي شهادة أو بطاقة لهذا الملف.</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="113"/>
        <source>Cancel the document…</source>
        <translation>إلغاء الوثيقة…</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="115"/>
        <source>Spoilt paper, an error: the document stays in the log.</source>
        <translation>ورق تالف، خطأ: تبقى الوثيقة في السجل.</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="162"/>
        <source>In a print that was interrupted: print it again or withdraw it first.</source>
        <translation>ضمن طباعة منقطعة: أعد طبعها أو اسحبها أولًا.</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="167"/>
        <source>Already printed: a reprint is for a supervisor.</source>
        <translation>سبق طبعها: إعادة الطبع من اختصاص المشرف.</translation>
    </message>
    <message>
        <location filename="../ui/printing/record_documents.py" line="169"/>
        <source>Already printed: the reprint is marked DUPLICATA, with a reason.</source>
        <translation>سبق طبعها: تحمل الوثيقة المعاد طبعها عبارة «نظير» وتتطلب سببًا.</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="24"/>
        <source>Nothing was printed: only registered records are printed (%1).</source>
        <translation>لم يُطبع أي شيء: لا تُطبع إلا الملفات المسجلة (%1).</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="28"/>
        <source>Nothing was printed: %1 already printed, give the reason for the reprint.</source>
        <translation>لم يُطبع أي شيء: سبق طبع %1، أدخل سبب إعادة الطبع.</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="32"/>
        <source>Nothing was printed: a print that was interrupted holds %1. Print it again or withdraw it from the print queue first.</source>
        <translation>لم يُطبع أي شيء: طباعة منقطعة تضم %1. أعد طبعها أو اسحبها أولًا من قائمة الطبع.</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="38"/>
        <source>Another Hirfa program is printing this right now: let it finish.</source>
        <translation>يطبع برنامج حرفة آخر هذه الوثائق الآن: انتظر حتى ينتهي.</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="42"/>
        <source>This print was completed or withdrawn meanwhile.</source>
        <translation>اكتملت هذه الطباعة أو سُحبت في الأثناء.</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="44"/>
        <source>This document is already cancelled.</source>
        <translation>هذه الوثيقة ملغاة سلفًا.</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="46"/>
        <source>No document of this office has this serial.</source>
        <translation>لا توجد وثيقة لهذا المكتب تحمل هذا الرقم التسلسلي.</translation>
    </message>
    <message>
        <location filename="../ui/printing/refusals.py" line="48"/>
        <source>Your role does not allow this: reprints and cancellations are for a supervisor.</source>
        <translation>صفتك لا تسمح بذلك: إعادة الطبع والإلغاء من اختصاص المشرف.</translation>
    </message>
    <message>
        <location filename="../ui/printing/resume_dialog.py" line="65"/>
        <source>Print an interrupted print again</source>
        <translation>إعادة طبع طباعة منقطعة</translation>
    </message>
    <message>
        <location filename="../ui/printing/resume_dialog.py" line="72"/>
        <source>An interrupted print: %1, reserved by %2 on %3. Printing or saving it now confirms it, with the same serials; closing this window leaves it interrupted.</source>
        <translation>طباعة منقطعة: %1، حجزها %2 بتاريخ %3. طبعها أو حفظها الآن يؤكدها بالأرقام التسلسلية نفسها، وإغلاق هذه النافذة يتركها منقطعة.</translation>
    </message>
    <message>
        <location filename="../ui/printing/resume_dialog.py" line="84"/>
        <source>No longer registered, so withdrawn from this print: %1.</source>
        <translation>لم تعد مسجلة، فسُحبت من هذه الطباعة: %1.</translation>
    </message>
    <message>
        <location filename="../ui/printing/resume_dialog.py" line="92"/>
        <source>Nothing to print.</source>
        <translation>لا شيء للطبع.</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <location filename="../ui/record/dialog.py" line="189"/>
        <location filename="../ui/record/dialog.py" line="202"/>
        <location filename="../ui/record/dialog.py" line="232"/>
        <source>Record</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="190"/>
        <source>Status history</source>
        <translation>تاريخ الحالات</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="191"/>
        <source>Changes</source>
        <translation>التعديلات</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="192"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="193"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="241"/>
        <source>Record %1</source>
        <translation>الملف %1</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="260"/>
        <source>Returned by %1 on %2: %3</source>
        <translation>أعاده %1 بتاريخ %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="281"/>
        <source>No photo</source>
        <translation>بدون صورة</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="338"/>
        <source>Done. The status is now: %1.</source>
        <translation>تمت العملية. الحالة الآن: %1.</translation>
    </message>
    <message>
        <location filename="../ui/record/dialog.py" line="348"/>
        <source>Status not changed</source>
        <translation>لم تتغير الحالة</translation>
    </message>
    <message>
        <location filename="../ui/record/display.py" line="133"/>
        <source>Photo %1</source>
        <translation>الصورة %1</translation>
    </message>
    <message>
        <location filename="../ui/record/feedback.py" line="41"/>
        <source>Someone else changed this record since it was opened. It has been reloaded: check it and try again.</source>
        <translation>عدّل شخص آخر هذا الملف بعد فتحه. أُعيد تحميله: تحقق منه ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../ui/record/feedback.py" line="47"/>
        <source>Your role does not allow this action.</source>
        <translation>صفتك لا تسمح بهذه العملية.</translation>
    </message>
    <message>
        <location filename="../ui/record/feedback.py" line="49"/>
        <source>This record is struck off and cannot be edited. Reinstate it first.</source>
        <translation>هذا الملف مشطب عليه ولا يمكن تعديله. أعد قيده أولًا.</translation>
    </message>
    <message>
        <location filename="../ui/record/feedback.py" line="53"/>
        <source>This record was not found in the register.</source>
        <translation>هذا الملف غير موجود في السجل.</translation>
    </message>
    <message>
        <location filename="../ui/record/feedback.py" line="59"/>
        <source>The action was refused.</source>
        <translation>رُفضت العملية.</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="50"/>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="51"/>
        <source>Action</source>
        <translation>العملية</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="52"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="53"/>
        <location filename="../ui/record/history.py" line="106"/>
        <source>By</source>
        <translation>من طرف</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="54"/>
        <source>Reason or comment</source>
        <translation>السبب أو الملاحظة</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="105"/>
        <source>When / field</source>
        <translation>التاريخ / الحقل</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="107"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../ui/record/history.py" line="108"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../ui/record/reason.py" line="22"/>
        <source>Comment for the clerk: what must be corrected?</source>
        <translation>ملاحظة للموظف: ما الذي يجب تصحيحه؟</translation>
    </message>
    <message>
        <location filename="../ui/record/reason.py" line="23"/>
        <source>Reason for this change (kept in the record&apos;s history):</source>
        <translation>سبب هذا التغيير (يُحفظ في تاريخ الملف):</translation>
    </message>
    <message>
        <location filename="../ui/record/reason.py" line="53"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../ui/record/reason.py" line="74"/>
        <source>At most %1 characters (%2 typed).</source>
        <translation>الحد الأقصى لعدد الحروف: %1 (المكتوب: %2).</translation>
    </message>
    <message>
        <location filename="../ui/record/reason.py" line="79"/>
        <source>Required.</source>
        <translation>إلزامي.</translation>
    </message>
    <message>
        <location filename="../ui/record/reason.py" line="81"/>
        <source>Optional.</source>
        <translation>اختياري.</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="51"/>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="52"/>
        <source>Contact and address</source>
        <translation>الاتصال والعنوان</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="53"/>
        <source>Craft activity</source>
        <translation>النشاط الحرفي</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="54"/>
        <source>Cooperative or enterprise</source>
        <translation>التعاونية أو المقاولة</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="55"/>
        <source>Social security and tax</source>
        <translation>الحماية الاجتماعية والجبايات</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="56"/>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="63"/>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="64"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="65"/>
        <source>Created</source>
        <translation>الإنشاء</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="66"/>
        <source>Last changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../ui/record/sections.py" line="67"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <location filename="../ui/register/export.py" line="22"/>
        <source>Export the result</source>
        <translation>تصدير النتيجة</translation>
    </message>
    <message>
        <location filename="../ui/register/export.py" line="37"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../ui/register/export.py" line="37"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../ui/register/export.py" line="40"/>
        <source>Save the artisans found (search and filters) as XLSX or CSV</source>
        <translation>حفظ الصناع الذين تم العثور عليهم (البحث وعوامل التصفية) بصيغة XLSX أو CSV</translation>
    </message>
    <message>
        <location filename="../ui/register/export.py" line="50"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/register/export.py" line="51"/>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/register/export.py" line="90"/>
        <source>%1 artisans exported to:
%2</source>
        <translation>تم تصدير %1 من الصناع التقليديين إلى:
%2</translation>
    </message>
    <message>
        <location filename="../ui/register/export.py" line="106"/>
        <source>The file could not be written.</source>
        <translation>تعذرت كتابة الملف.</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="125"/>
        <source>All regions</source>
        <translation>كل الجهات</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="131"/>
        <source>All branches</source>
        <translation>كل الفروع</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="137"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="142"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="147"/>
        <source>Men and women</source>
        <translation>الذكور والإناث</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="160"/>
        <source>Registered from</source>
        <translation>تاريخ التسجيل من</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="161"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="163"/>
        <source>DD/MM/YYYY</source>
        <translation>يوم‎/شهر‎/سنة</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="164"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="170"/>
        <source>All provinces</source>
        <translation>كل العمالات والأقاليم</translation>
    </message>
    <message>
        <location filename="../ui/register/filters.py" line="176"/>
        <source>All activities</source>
        <translation>كل الأنشطة</translation>
    </message>
    <message>
        <location filename="../ui/register/returned.py" line="64"/>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../ui/register/returned.py" line="65"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../ui/register/returned.py" line="66"/>
        <source>Supervisor&apos;s comment</source>
        <translation>ملاحظة المشرف</translation>
    </message>
    <message>
        <location filename="../ui/register/returned.py" line="67"/>
        <source>Returned by</source>
        <translation>أعاده</translation>
    </message>
    <message>
        <location filename="../ui/register/returned.py" line="68"/>
        <source>Returned on</source>
        <translation>تاريخ الإرجاع</translation>
    </message>
    <message>
        <location filename="../ui/register/returned.py" line="72"/>
        <source>Returned to me for correction (%1)</source>
        <translation>ملفات أعيدت إلي للتصحيح (%1)</translation>
    </message>
    <message>
        <location filename="../ui/register/screen.py" line="43"/>
        <source>1 artisan</source>
        <translation>صانع تقليدي واحد</translation>
    </message>
    <message>
        <location filename="../ui/register/screen.py" line="44"/>
        <source>%1 artisans</source>
        <translation>عدد الصناع التقليديين: %1</translation>
    </message>
    <message>
        <location filename="../ui/register/screen.py" line="126"/>
        <source>Register</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../ui/register/screen.py" line="130"/>
        <source>Search: name (Latin or Arabic), CIN, registration number or phone</source>
        <translation>بحث: الاسم (باللاتينية أو بالعربية)، رقم البطاقة الوطنية، رقم التسجيل أو الهاتف</translation>
    </message>
    <message>
        <location filename="../ui/register/screen.py" line="139"/>
        <source>No artisan matches this search.</source>
        <translation>لا يوجد أي صانع تقليدي يطابق هذا البحث.</translation>
    </message>
    <message>
        <location filename="../ui/register/screen.py" line="184"/>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="83"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="85"/>
        <source>Name (Latin)</source>
        <translation>الاسم (باللاتينية)</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="86"/>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="88"/>
        <source>Birth date</source>
        <translation>تاريخ الازدياد</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="89"/>
        <source>Province</source>
        <translation>العمالة / الإقليم</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="93"/>
        <source>Registered on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="278"/>
        <source>Click to sort by this column; click again to reverse.</source>
        <translation>انقر للترتيب حسب هذا العمود؛ وانقر مرة أخرى لعكس الترتيب.</translation>
    </message>
    <message>
        <location filename="../ui/register/table_model.py" line="280"/>
        <source>This column cannot be sorted.</source>
        <translation>لا يمكن الترتيب حسب هذا العمود.</translation>
    </message>
</context>
<context>
    <name>registration</name>
    <message>
        <location filename="../ui/registration/banner.py" line="64"/>
        <location filename="../ui/registration/duplicates_panel.py" line="100"/>
        <source>Open the record</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../ui/registration/banner.py" line="65"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../ui/registration/banner.py" line="70"/>
        <source>Changes saved to registration No. %1 (version %2).</source>
        <translation>حُفظت التعديلات في التسجيل رقم %1 (النسخة %2).</translation>
    </message>
    <message>
        <location filename="../ui/registration/banner.py" line="73"/>
        <source>Registered under No. %1. Status: %2.</source>
        <translation>سُجل تحت رقم %1. الحالة: %2.</translation>
    </message>
    <message>
        <location filename="../ui/registration/crop.py" line="200"/>
        <source>Crop the photo</source>
        <translation>قص الصورة</translation>
    </message>
    <message>
        <location filename="../ui/registration/crop.py" line="203"/>
        <source>Drag the frame over the face. Drag its corner, turn the wheel or press + and − to resize it; the arrow keys move it.</source>
        <translation>اسحب الإطار فوق الوجه. لتغيير حجمه اسحب زاويته أو أدر عجلة الفأرة أو اضغط على + و−؛ وتحركه مفاتيح الأسهم.</translation>
    </message>
    <message>
        <location filename="../ui/registration/crop.py" line="214"/>
        <source>Crop</source>
        <translation>قص</translation>
    </message>
    <message>
        <location filename="../ui/registration/crop.py" line="217"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../ui/registration/duplicates_panel.py" line="31"/>
        <source>Same CIN</source>
        <translation>نفس رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <location filename="../ui/registration/duplicates_panel.py" line="33"/>
        <source>Same name and birth date</source>
        <translation>نفس الاسم وتاريخ الازدياد</translation>
    </message>
    <message>
        <location filename="../ui/registration/duplicates_panel.py" line="34"/>
        <source>Similar name (%1%)</source>
        <translation>اسم مشابه (%1%)</translation>
    </message>
    <message>
        <location filename="../ui/registration/duplicates_panel.py" line="44"/>
        <source>CIN %1</source>
        <translation>ب.ت.و %1</translation>
    </message>
    <message>
        <location filename="../ui/registration/duplicates_panel.py" line="45"/>
        <source>No. %1</source>
        <translation>رقم %1</translation>
    </message>
    <message>
        <location filename="../ui/registration/duplicates_panel.py" line="131"/>
        <source>Possible duplicates: %1</source>
        <translation>ملفات مكررة محتملة: %1</translation>
    </message>
    <message>
        <location filename="../ui/registration/duplicates_panel.py" line="137"/>
        <source>No similar record in the register.</source>
        <translation>لا يوجد ملف مشابه في السجل.</translation>
    </message>
    <message>
        <location filename="../ui/registration/editors.py" line="51"/>
        <source>DD/MM/YYYY</source>
        <translation>يوم‎/شهر‎/سنة</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="132"/>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="147"/>
        <source>Contact and address</source>
        <translation>الاتصال والعنوان</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="158"/>
        <source>Craft</source>
        <translation>الحرفة</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="165"/>
        <source>Qualification</source>
        <translation>التأهيل</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="169"/>
        <source>Social and fiscal</source>
        <translation>الحماية الاجتماعية والجبايات</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="181"/>
        <source>Cooperative or enterprise</source>
        <translation>التعاونية أو المقاولة</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="187"/>
        <source>Name (Latin)</source>
        <translation>الاسم (باللاتينية)</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="193"/>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="201"/>
        <source>Supervising artisan</source>
        <translation>الصانع المؤطر</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="204"/>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="388"/>
        <source>Write each name in Latin letters, in Arabic letters or both.</source>
        <translation>اكتب كل اسم بالحروف اللاتينية أو بالحروف العربية أو بهما معًا.</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="392"/>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="393"/>
        <source>Type a code or part of a name</source>
        <translation>اكتب رمزًا أو جزءًا من الاسم</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="395"/>
        <source>e.g. AB123456</source>
        <translation>مثال: AB123456</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="396"/>
        <source>e.g. 0612345678</source>
        <translation>مثال: 0612345678</translation>
    </message>
    <message>
        <location filename="../ui/registration/form.py" line="399"/>
        <source>Registration No. of the artisan</source>
        <translation>رقم تسجيل الصانع التقليدي</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="101"/>
        <source>From a file…</source>
        <translation>من ملف…</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="103"/>
        <source>Take the photo from a JPEG or PNG file</source>
        <translation>أخذ الصورة من ملف JPEG أو PNG</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="105"/>
        <source>Latest scan</source>
        <translation>آخر مسح ضوئي</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="107"/>
        <source>Take the newest image of the scanner&apos;s folder</source>
        <translation>أخذ أحدث صورة من مجلد الماسح الضوئي</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="109"/>
        <source>Choose the scanner&apos;s folder…</source>
        <translation>اختيار مجلد الماسح الضوئي…</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="110"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="127"/>
        <source>No photo</source>
        <translation>بدون صورة</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="150"/>
        <source>Choose the photo</source>
        <translation>اختيار الصورة</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="152"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>الصور (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="161"/>
        <source>Choose the folder where the scanner saves its images</source>
        <translation>اختيار المجلد الذي يحفظ فيه الماسح الضوئي صوره</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="176"/>
        <source>The scanner&apos;s folder %1 cannot be read.</source>
        <translation>تعذرت قراءة مجلد الماسح الضوئي %1.</translation>
    </message>
    <message>
        <location filename="../ui/registration/photo_box.py" line="185"/>
        <source>There is no JPEG or PNG image in %1.</source>
        <translation>لا توجد أي صورة JPEG أو PNG في %1.</translation>
    </message>
    <message>
        <location filename="../ui/registration/place.py" line="47"/>
        <source>All regions</source>
        <translation>كل الجهات</translation>
    </message>
    <message>
        <location filename="../ui/registration/place.py" line="55"/>
        <source>Code, e.g. 01.051.01.03</source>
        <translation>الرمز، مثال: 01.051.01.03</translation>
    </message>
    <message>
        <location filename="../ui/registration/restore.py" line="67"/>
        <source>You have an unfinished registration from %1. Restore it?</source>
        <translation>لديك تسجيل غير مكتمل بتاريخ %1. هل تريد استرجاعه؟</translation>
    </message>
    <message>
        <location filename="../ui/registration/restore.py" line="71"/>
        <source>You have unfinished changes to a record from %1. Restore them?</source>
        <translation>لديك تعديلات غير مكتملة على ملف بتاريخ %1. هل تريد استرجاعها؟</translation>
    </message>
    <message>
        <location filename="../ui/registration/restore.py" line="77"/>
        <source>Unfinished registration</source>
        <translation>تسجيل غير مكتمل</translation>
    </message>
    <message>
        <location filename="../ui/registration/restore.py" line="80"/>
        <source>Restore</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <location filename="../ui/registration/restore.py" line="81"/>
        <source>Discard it</source>
        <translation>التخلي عنه</translation>
    </message>
    <message>
        <location filename="../ui/registration/restore.py" line="82"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="39"/>
        <source>Your role does not allow this change.</source>
        <translation>صفتك لا تسمح بهذا التغيير.</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="41"/>
        <source>This record is struck off and cannot be changed. Reinstate it first.</source>
        <translation>هذا الملف مشطب عليه ولا يمكن تغييره. أعد قيده أولًا.</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="45"/>
        <source>This record is no longer in the register.</source>
        <translation>لم يعد هذا الملف موجودًا في السجل.</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="46"/>
        <source>The register refused the save.</source>
        <translation>رفض السجل الحفظ.</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="72"/>
        <source>and %1 more</source>
        <translation>و%1 غيرها</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="113"/>
        <source>Not saved: correct the fields marked in red (%1).</source>
        <translation>لم يتم الحفظ: صحح الحقول المعلَّمة بالأحمر (%1).</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="129"/>
        <source>Not saved: this CIN is already registered (see the record beside the form).</source>
        <translation>لم يتم الحفظ: رقم البطاقة الوطنية هذا مسجل سلفًا (انظر الملف بجانب الاستمارة).</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="139"/>
        <source>Possible duplicate</source>
        <translation>ملف مكرر محتمل</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="140"/>
        <source>This person may already be in the register:</source>
        <translation>قد يكون هذا الشخص مسجلًا سلفًا في السجل:</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="144"/>
        <source>Register anyway?</source>
        <translation>هل تريد التسجيل رغم ذلك؟</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="146"/>
        <source>Register anyway</source>
        <translation>التسجيل رغم ذلك</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="147"/>
        <source>Do not register</source>
        <translation>عدم التسجيل</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="197"/>
        <source>Changed by someone else</source>
        <translation>عدّله شخص آخر</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="198"/>
        <source>Someone else saved this record after you opened it, so your changes were not saved. Reload the record to see its current state? What you typed stays in the form until you choose.</source>
        <translation>حفظ شخص آخر هذا الملف بعد أن فتحته، لذلك لم تُحفظ تعديلاتك. هل تريد إعادة تحميل الملف لرؤية حالته الحالية؟ يبقى ما كتبته في الاستمارة إلى أن تختار.</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="206"/>
        <source>Reload the record</source>
        <translation>إعادة تحميل الملف</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="209"/>
        <source>Keep what I typed</source>
        <translation>الاحتفاظ بما كتبته</translation>
    </message>
    <message>
        <location filename="../ui/registration/saving.py" line="213"/>
        <source>Not saved</source>
        <translation>لم يتم الحفظ</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="158"/>
        <location filename="../ui/registration/screen.py" line="244"/>
        <source>New registration</source>
        <translation>تسجيل جديد</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="159"/>
        <source>Edit registration %1</source>
        <translation>تعديل التسجيل %1</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="168"/>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="169"/>
        <source>Already in the register?</source>
        <translation>مسجل سلفًا في السجل؟</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="170"/>
        <source>* required</source>
        <translation>* إلزامي</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="171"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="172"/>
        <source>Start a new registration (Ctrl+N)</source>
        <translation>بدء تسجيل جديد (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="173"/>
        <source>Discard changes</source>
        <translation>التخلي عن التعديلات</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="174"/>
        <source>Discard what was typed (Esc)</source>
        <translation>التخلي عما كُتب (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="175"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="176"/>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="218"/>
        <source>This record is struck off: it cannot be changed until it is reinstated.</source>
        <translation>هذا الملف مشطب عليه: لا يمكن تغييره إلا بعد إعادة قيده.</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="245"/>
        <source>Discard the changes typed in this form and start a new one?</source>
        <translation>هل تريد التخلي عن التعديلات المكتوبة في هذه الاستمارة وبدء استمارة جديدة؟</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="249"/>
        <source>Discard and start a new one</source>
        <translation>التخلي وبدء استمارة جديدة</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="250"/>
        <location filename="../ui/registration/screen.py" line="272"/>
        <location filename="../ui/registration/screen.py" line="370"/>
        <source>Keep editing</source>
        <translation>مواصلة التعديل</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="263"/>
        <source>Edit a record</source>
        <translation>تعديل ملف</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="264"/>
        <source>Discard the changes typed in this form and open the record?</source>
        <translation>هل تريد التخلي عن التعديلات المكتوبة في هذه الاستمارة وفتح الملف؟</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="269"/>
        <source>Discard and open</source>
        <translation>التخلي وفتح الملف</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="308"/>
        <source>The record was not found in the register.</source>
        <translation>الملف غير موجود في السجل.</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="366"/>
        <source>Discard the changes</source>
        <translation>التخلي عن التعديلات</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="367"/>
        <source>Discard what was typed in this form?</source>
        <translation>هل تريد التخلي عما كُتب في هذه الاستمارة؟</translation>
    </message>
    <message>
        <location filename="../ui/registration/screen.py" line="369"/>
        <source>Discard</source>
        <translation>التخلي</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../ui/review/screen.py" line="96"/>
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <location filename="../ui/review/screen.py" line="100"/>
        <source>Registrations waiting for review, oldest first. Open one to check it in full, or approve it or return it to the clerk with a comment.</source>
        <translation>التسجيلات في انتظار المراجعة، الأقدم أولًا. افتح أحدها للتحقق منه كاملًا، أو صادق عليه، أو أرجعه إلى الموظف مع ملاحظة.</translation>
    </message>
    <message>
        <location filename="../ui/review/screen.py" line="106"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../ui/review/screen.py" line="109"/>
        <source>No registration is waiting for review.</source>
        <translation>لا يوجد أي تسجيل في انتظار المراجعة.</translation>
    </message>
    <message>
        <location filename="../ui/review/screen.py" line="150"/>
        <source>%1 waiting</source>
        <translation>في الانتظار: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/screen.py" line="206"/>
        <source>Approved: %1 — %2</source>
        <translation>تمت المصادقة: %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/review/screen.py" line="208"/>
        <source>Returned to the clerk: %1 — %2</source>
        <translation>أعيد إلى الموظف: %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/review/screen.py" line="221"/>
        <source>Status not changed</source>
        <translation>لم تتغير الحالة</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../ui/store_state.py" line="17"/>
        <source>The office store %1 is empty (0 bytes): it is not an office store. If this office had one, put back its last backup copy; if not, move the file away and start Hirfa again to create the office.</source>
        <translation>قاعدة بيانات المكتب %1 فارغة (0 بايت): ليست قاعدة بيانات مكتب. إن كانت لهذا المكتب قاعدة بيانات، فأعد وضع آخر نسخة احتياطية منها؛ وإلا فانقل الملف إلى مكان آخر وأعد تشغيل حرفة لإنشاء المكتب.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="23"/>
        <source>%1 is not a Hirfa office store; nothing was changed in it. Put back the store&apos;s backup copy, or move the file away and start Hirfa again to create the office.</source>
        <translation>%1 ليس قاعدة بيانات مكتب حرفة؛ لم يُغيَّر فيه شيء. أعد وضع النسخة الاحتياطية لقاعدة البيانات، أو انقل الملف إلى مكان آخر وأعد تشغيل حرفة لإنشاء المكتب.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="29"/>
        <source>The creation of the office store %1 was interrupted: it names no office. Move it away and start Hirfa again to create the office.</source>
        <translation>انقطع إنشاء قاعدة بيانات المكتب %1: لا تحمل اسم أي مكتب. انقلها إلى مكان آخر وأعد تشغيل حرفة لإنشاء المكتب.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="34"/>
        <source>The office store %1 is damaged. Nothing more is written to it. Put back the last backup copy of the data folder (the store and its keys folder), then start Hirfa again; keep the damaged file for support.</source>
        <translation>قاعدة بيانات المكتب %1 تالفة. لن يُكتب فيها شيء بعد الآن. أعد وضع آخر نسخة احتياطية من مجلد البيانات (قاعدة البيانات ومجلد مفاتيحها)، ثم أعد تشغيل حرفة؛ واحتفظ بالملف التالف لفريق الدعم.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="40"/>
        <source>The office store %1 was made by a newer version of Hirfa. Use that version: this one changes nothing in it.</source>
        <translation>أُنشئت قاعدة بيانات المكتب %1 بإصدار أحدث من حرفة. استعمل ذلك الإصدار: هذا الإصدار لا يغيّر فيها شيئًا.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="45"/>
        <source>The office store %1 needs an upgrade for this version of Hirfa, which its read-only disk cannot take. Open it once where it can be written.</source>
        <translation>تحتاج قاعدة بيانات المكتب %1 إلى تحديث لهذا الإصدار من حرفة، وهو ما لا يسمح به قرصها المحمي من الكتابة. افتحها مرة واحدة حيث يمكن الكتابة فيها.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="53"/>
        <source>What was found:</source>
        <translation>ما وُجد:</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="59"/>
        <source>The office store %1 is on a read-only disk. The window needs to save (every login, every change): make the disk writable, or copy the data folder to one that is. The command line can still read it (hirfa search, show, export).</source>
        <translation>قاعدة بيانات المكتب %1 على قرص للقراءة فقط. تحتاج النافذة إلى الحفظ (عند كل دخول وكل تغيير): اجعل القرص قابلًا للكتابة، أو انسخ مجلد البيانات إلى قرص قابل للكتابة. يمكن لسطر الأوامر أن يقرأها دائمًا (hirfa search وshow وexport).</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="71"/>
        <source>The disk of the office store is full: this was not saved. Free some space on it and try again; what you typed is still here.</source>
        <translation>قرص قاعدة بيانات المكتب ممتلئ: لم يُحفظ هذا. حرّر بعض المساحة عليه وأعد المحاولة؛ ما كتبته لا يزال هنا.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="77"/>
        <source>The office store is on a read-only disk: nothing can be saved.</source>
        <translation>قاعدة بيانات المكتب على قرص للقراءة فقط: لا يمكن حفظ أي شيء.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="79"/>
        <source>The office store is busy: another program keeps it locked. Try again.</source>
        <translation>قاعدة بيانات المكتب مشغولة: برنامج آخر يُبقيها مقفلة. أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="83"/>
        <source>The disk of the office store could not be read or written: check that it is connected and working, then try again.</source>
        <translation>تعذرت القراءة من قرص قاعدة بيانات المكتب أو الكتابة فيه: تحقق من أنه موصول ويعمل، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../ui/store_state.py" line="89"/>
        <source>The office store is damaged: nothing more is saved. Close Hirfa and put back the last backup copy of the data folder.</source>
        <translation>قاعدة بيانات المكتب تالفة: لن يُحفظ شيء بعد الآن. أغلق حرفة وأعد وضع آخر نسخة احتياطية من مجلد البيانات.</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <location filename="../messages.py" line="329"/>
        <source>This is not a Hirfa document code, or it is damaged.</source>
        <translation>هذا ليس رمز وثيقة صادرة عن حرفة، أو أنه تالف.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="332"/>
        <source>The code is incomplete: it was cut short. Scan it again.</source>
        <translation>الرمز غير مكتمل: لقد بُتر. امسحه ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="335"/>
        <source>The code was made by a newer version of Hirfa: update this program.</source>
        <translation>أُنشئ الرمز بإصدار أحدث من حرفة: حدّث هذا البرنامج.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="338"/>
        <source>The signature does not match: the content was changed or forged.</source>
        <translation>التوقيع غير مطابق: تم تغيير المحتوى أو تزويره.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="341"/>
        <source>Signed by a device this office does not trust.</source>
        <translation>موقّع من حاسوب لا يثق به هذا المكتب.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="344"/>
        <source>The issuing device&apos;s certificate does not come from a trusted authority.</source>
        <translation>شهادة الحاسوب المُصدِر ليست صادرة عن جهة موثوقة.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="348"/>
        <source>The issuing device&apos;s certificate was not valid on the issue date.</source>
        <translation>شهادة الحاسوب المُصدِر لم تكن صالحة في تاريخ الإصدار.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="351"/>
        <source>This document was cancelled.</source>
        <translation>أُلغيت هذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="352"/>
        <source>This document&apos;s print was interrupted and never confirmed: it is not in force.</source>
        <translation>انقطعت طباعة هذه الوثيقة ولم تُؤكَّد قط: إنها غير صالحة.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="356"/>
        <source>The issuing device was revoked: its documents are no longer valid.</source>
        <translation>أُلغي اعتماد الحاسوب الذي أصدرها: لم تعد وثائقه صالحة.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="359"/>
        <source>No office has reported issuing this document.</source>
        <translation>لم يصرّح أي مكتب بإصدار هذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="366"/>
        <source>Document serial</source>
        <translation>الرقم التسلسلي للوثيقة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="367"/>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location filename="../messages.py" line="368"/>
        <source>Name (Latin)</source>
        <translation>الاسم (باللاتينية)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="369"/>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="370"/>
        <source>Cooperative or enterprise (Latin)</source>
        <translation>التعاونية أو المقاولة (باللاتينية)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="371"/>
        <source>Cooperative or enterprise (Arabic)</source>
        <translation>التعاونية أو المقاولة (بالعربية)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="372"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="373"/>
        <source>Activity code</source>
        <translation>رمز النشاط</translation>
    </message>
    <message>
        <location filename="../messages.py" line="374"/>
        <source>Status at issue</source>
        <translation>الحالة عند الإصدار</translation>
    </message>
    <message>
        <location filename="../messages.py" line="375"/>
        <source>Issue date</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../messages.py" line="376"/>
        <source>Issuing device</source>
        <translation>الحاسوب المُصدِر</translation>
    </message>
    <message>
        <location filename="../messages.py" line="377"/>
        <source>CIN digest</source>
        <translation>بصمة رقم البطاقة الوطنية</translation>
    </message>
    <message>
        <location filename="../messages.py" line="378"/>
        <source>Trusted through</source>
        <translation>مصدر الثقة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="379"/>
        <source>VALID</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="380"/>
        <source>INVALID</source>
        <translation>غير صالحة</translation>
    </message>
    <message>
        <location filename="../messages.py" line="381"/>
        <source>the office&apos;s trust list</source>
        <translation>قائمة الثقة الخاصة بالمكتب</translation>
    </message>
    <message>
        <location filename="../messages.py" line="382"/>
        <source>the device&apos;s certificate</source>
        <translation>شهادة الحاسوب</translation>
    </message>
    <message>
        <location filename="../messages.py" line="383"/>
        <source>The CIN matches the document.</source>
        <translation>رقم البطاقة الوطنية مطابق للوثيقة.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="384"/>
        <source>The CIN does not match the document.</source>
        <translation>رقم البطاقة الوطنية غير مطابق للوثيقة.</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <location filename="../ui/printing/verification_panel.py" line="100"/>
        <source>No document checked</source>
        <translation>لم يتم التحقق من أي وثيقة</translation>
    </message>
    <message>
        <location filename="../ui/printing/verification_panel.py" line="155"/>
        <source>What the document says:</source>
        <translation>ما تتضمنه الوثيقة:</translation>
    </message>
    <message>
        <location filename="../ui/printing/verification_panel.py" line="159"/>
        <source>What the code claims (not confirmed, do not rely on it):</source>
        <translation>ما يدّعيه الرمز (غير مؤكد، لا يُعتمد عليه):</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="113"/>
        <source>Verify a document</source>
        <translation>التحقق من وثيقة</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="117"/>
        <source>Scan the QR code of a certificate or a card with the scanner, or paste its text, then press Enter. A PDF file can be checked too.</source>
        <translation>امسح رمز QR الخاص بشهادة أو بطاقة بواسطة القارئ، أو الصق نصه، ثم اضغط على مفتاح الإدخال. يمكن أيضًا التحقق من ملف PDF.</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="123"/>
        <source>Code:</source>
        <translation>الرمز:</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="124"/>
        <source>Scan or paste the code here</source>
        <translation>امسح الرمز أو الصقه هنا</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="125"/>
        <source>Verify</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="126"/>
        <source>Open a PDF…</source>
        <translation>فتح ملف PDF…</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="128"/>
        <source>Holder&apos;s %1 (optional):</source>
        <translation>%1 لصاحب الوثيقة (اختياري):</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="130"/>
        <source>To check it against the document</source>
        <translation>لمقارنته بالوثيقة</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="171"/>
        <source>Open a PDF</source>
        <translation>فتح ملف PDF</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="173"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="184"/>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="195"/>
        <source>No document code was found in this file.</source>
        <translation>لم يُعثر على أي رمز وثيقة في هذا الملف.</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="213"/>
        <source>This file cannot be read as a PDF.</source>
        <translation>تتعذر قراءة هذا الملف كملف PDF.</translation>
    </message>
    <message>
        <location filename="../ui/printing/verify_screen.py" line="239"/>
        <source>Page %1: %2</source>
        <translation>الصفحة %1: %2</translation>
    </message>
</context>
</TS>
