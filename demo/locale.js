// ?lang=fr or ?lang=ru shows the demo page's widgets in a shipped language;
// ?lang=ar registers a small right-to-left catalogue of the page's own (the
// way a newsroom adds a language the package does not ship: any key it
// leaves out stays English, with one console warning per key).
import { registerCatalogue } from '../dist/cdn/conflict-widgets.js';

const lang = new URLSearchParams(location.search).get('lang');
if (lang === 'ar') {
  registerCatalogue('ar', {
    dir: 'rtl',
    common: {
      asOf: (date) => `حتى ${date}`,
      dateNotStated: 'التاريخ غير مذكور',
      sourceLine: (reporters, date, status, cited) =>
        `${reporters.length > 1 ? 'المصادر' : 'المصدر'}: ${reporters.join('؛ ')}${date ? `، ${date}` : ''}. ${status} نقلًا عن ${cited}.`,
    },
    counter: {
      loading: 'جارٍ تحميل الرقم…',
      labelIn: (metric, place) => `${metric} (${place})`,
      summary: (figure, label, date) => `${figure} ${label}، ${date}.`,
    },
    chart: {
      loading: 'جارٍ تحميل الأرقام حسب المنطقة…',
      title: (metrics, area) =>
        area ? `${metrics} في ${area}، حسب المنطقة` : `${metrics} حسب المنطقة`,
      showTable: 'عرض الجدول',
      hideTable: 'إخفاء الجدول',
      notReported: 'غير مُبلَّغ عنه',
    },
    timeline: {
      loading: 'جارٍ تحميل الأحداث…',
      defaultTitle: 'وقف إطلاق النار والانتهاكات والهجمات المُبلَّغ عنها',
      titleBy: (who) => `وقف إطلاق النار والانتهاكات والهجمات، وفقًا لـ ${who}`,
    },
  });
}
if (lang) document.documentElement.lang = lang === 'ar' ? 'ar-EG' : lang;
