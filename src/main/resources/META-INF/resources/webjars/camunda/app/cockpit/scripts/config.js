// Mầm Xanh: cockpit in Vietnamese, under our name, logging out through the app's own login page.
export default {
  app: {
    vendor: 'Mầm Xanh',
    name: '· Giám sát'
  },
  locales: {
    // English stays as the fallback so a label missing after a Camunda upgrade shows in English, not as a key.
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: ['../mamxanh/webapps'],
  disableWelcomeMessage: true
};
